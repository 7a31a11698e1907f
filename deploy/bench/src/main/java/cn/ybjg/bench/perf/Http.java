package cn.ybjg.bench.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** java.net.http on loopback: POSTs (JSON unless told) and GETs with a bearer token; a non-2xx answer is an exception. */
final class Http {
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HttpRequest post(String url, String token, byte[] body) {
        return post(url, token, body, "application/json");
    }

    HttpRequest post(String url, String token, byte[] body, String contentType) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    HttpRequest get(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    String send(HttpRequest request) throws IOException, InterruptedException {
        return check(request, client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    CompletableFuture<String> sendAsync(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> check(request, r));
    }

    private static String check(HttpRequest request, HttpResponse<String> answer) {
        if (answer.statusCode() / 100 != 2) {
            String body = answer.body() == null ? "" : answer.body();
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": HTTP "
                    + answer.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
        }
        return answer.body();
    }
}
