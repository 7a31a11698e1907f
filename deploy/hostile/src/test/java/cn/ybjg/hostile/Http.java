package cn.ybjg.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain HTTP/1.1 client to 127.0.0.1 that keeps every exchange of the run: the final scan reads every answer
 * for ID numbers, and the contract checks read every error answer. A request that gets no answer (refused,
 * reset, timed out) is kept with status 0.
 */
final class Http {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Exchange> exchanges = new ArrayList<>();

    Exchange get(String url, String token) {
        return send("GET", url, token, null, null);
    }

    Exchange postJson(String url, String token, String json) {
        return send("POST", url, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Exchange putJson(String url, String token, String json) {
        return send("PUT", url, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Exchange post(String url, String token, String contentType, byte[] body) {
        return send("POST", url, token, contentType, body);
    }

    Exchange send(String method, String url, String token, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        Exchange e;
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            e = new Exchange(method, url, r.statusCode(), header(r, "Content-Type"), header(r, "Cache-Control"),
                    header(r, "X-Content-Type-Options"), new String(r.body(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            e = new Exchange(method, url, 0, "", "", "", "no answer: " + ex.getClass().getSimpleName());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
        record(e);
        return e;
    }

    synchronized void record(Exchange e) {
        exchanges.add(e);
    }

    synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }
}
