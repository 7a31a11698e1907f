package cn.ybjg.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One request and its answer as the suite saw it; status 0 = no answer at all. */
record Exchange(String method, String url, int status, String contentType, String cacheControl, String contentTypeOptions,
                String body) {
    static final ObjectMapper JSON = new ObjectMapper();

    /** The answer as JSON, or null when it is not JSON. */
    JsonNode json() {
        try {
            return body.isBlank() ? null : JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    boolean serverError() {
        return status == 0 || status >= 500;
    }

    /** The path and query without host, shortened, for assertion messages (never a record's content). */
    String where() {
        String path = url.replaceFirst("^https?://[^/]+", "");
        return method + " " + IdRebuild.redact(path.length() > 160 ? path.substring(0, 160) + "…" : path);
    }

    /** Status and the start of the body, for assertion messages; the body is passed through the ID redaction. */
    String brief() {
        String b = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        return where() + " -> " + status + " " + printable(IdRebuild.redact(b));
    }

    /** Control characters shown as \\uXXXX: assertion messages end up in CI logs and terminals. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
