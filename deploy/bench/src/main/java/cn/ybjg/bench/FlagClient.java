package cn.ybjg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages through GET /api/v1/flags of supervision-service (size 500, X-Total-Count), de-duplicated by flag id. */
final class FlagClient {
    static final int PAGE = 500;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    FlagClient(String baseUrl, String token) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.token = token;
    }

    /** Every listed flag of the region (null = all regions the token may see) whose personId has the prefix. */
    List<FlagComparison.Actual> flags(String region, String status, String personPrefix)
            throws IOException, InterruptedException {
        Map<String, FlagComparison.Actual> byId = new LinkedHashMap<>();
        long total = Long.MAX_VALUE;
        for (int page = 0; (long) page * PAGE < total; page++) {
            String query = "page=" + page + "&size=" + PAGE + (region == null ? "" : "&regionCode=" + enc(region))
                    + (status == null ? "" : "&status=" + enc(status));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/flags?" + query))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IOException("GET /api/v1/flags?" + query + " answered " + answer.statusCode() + ": "
                        + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
            total = answer.headers().firstValueAsLong("X-Total-Count")
                    .orElseThrow(() -> new IOException("no X-Total-Count header"));
            JsonNode items = JsonOut.MAPPER.readTree(answer.body());
            if (!items.isArray() || items.isEmpty()) {
                break;
            }
            for (JsonNode f : items) {
                FlagComparison.Actual a = parse(f);
                if (a.personId() != null && a.personId().startsWith(personPrefix)) {
                    byId.put(a.id(), a);
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    static FlagComparison.Actual parse(JsonNode f) {
        return new FlagComparison.Actual(text(f, "id"), text(f, "ruleCode"), text(f, "severity"), text(f, "personId"),
                text(f, "institutionCode"), text(f, "settlementId"), text(f, "status"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
