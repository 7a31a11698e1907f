package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The contract's answers, asserted: batch rejections naming a field, problem+json 400s naming a parameter. */
final class Checks {
    private Checks() {
    }

    static String json(List<ObjectNode> records) {
        ArrayNode a = Exchange.JSON.createArrayNode();
        a.addAll(records);
        return a.toString();
    }

    /** The error fields the batch answer gives for record {@code index} (empty when it was not rejected). */
    static List<String> rejectedFields(Exchange e, int index) {
        List<String> fields = new ArrayList<>();
        JsonNode body = e.json();
        if (body == null) {
            return fields;
        }
        for (JsonNode r : body.path("rejected")) {
            if (r.path("index").asInt(-1) == index) {
                r.path("errors").forEach(err -> fields.add(err.path("field").asText()));
                if (fields.isEmpty()) {
                    fields.add("");     // rejected without any field: still a rejection
                }
            }
        }
        return fields;
    }

    /** True when an answer's field is {@code field} itself or lies inside it ({@code lines[2].amount} for lines). */
    static boolean names(String answered, String field) {
        return answered.equals(field) || answered.startsWith(field + "[") || answered.startsWith(field + ".");
    }

    /** Record {@code index} of the batch was rejected with an error on {@code field}. */
    static void assertRejected(Exchange e, int index, String field) {
        assertTrue(e.status() == 422 || e.status() == 400,
                "expected 422 (or 400) for a batch with a bad " + field + ": " + e.brief());
        if (e.status() == 400) {
            assertProblem(e, 400, field);
            return;
        }
        List<String> fields = rejectedFields(e, index);
        assertTrue(fields.stream().anyMatch(f -> names(f, field)),
                "record " + index + " should be rejected naming " + field + ", rejected with " + fields + ": " + e.brief());
    }

    /** An RFC 9457 answer with the given status whose errors (or detail) name {@code name}; null name: any. */
    static void assertProblem(Exchange e, int status, String name) {
        assertEquals(status, e.status(), "status of " + e.brief());
        assertTrue(e.contentType().startsWith("application/problem+json"),
                "content type should be application/problem+json, was '" + e.contentType() + "': " + e.brief());
        JsonNode body = e.json();
        if (body == null || !body.isObject()) {
            fail("a problem+json answer needs a JSON object body: " + e.brief());
        }
        for (String member : List.of("type", "title", "detail")) {
            assertTrue(body.path(member).isTextual() && !body.path(member).asText().isBlank(),
                    "problem+json member '" + member + "' missing or empty: " + e.brief());
        }
        assertEquals(status, body.path("status").asInt(-1), "problem+json status member: " + e.brief());
        if (name != null) {
            boolean named = body.path("detail").asText().contains(name);
            for (JsonNode err : body.path("errors")) {
                named |= names(err.path("field").asText(), name);
            }
            assertTrue(named, "the answer should name '" + name + "' (errors[].field or detail): " + e.brief());
        }
    }

    /** A problem listing for an assertion message: at most {@code max} lines, then how many more. */
    static String listing(List<String> lines, int max) {
        StringBuilder b = new StringBuilder();
        lines.stream().limit(max).forEach(l -> b.append("\n  ").append(l));
        if (lines.size() > max) {
            b.append("\n  … and ").append(lines.size() - max).append(" more");
        }
        return b.toString();
    }

    /** Every member name of an object tree, for "does any object carry X" questions. */
    static List<ObjectNode> objects(JsonNode root) {
        List<ObjectNode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode n, List<ObjectNode> out) {
        if (n == null) {
            return;
        }
        if (n.isObject()) {
            out.add((ObjectNode) n);
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                collect(it.next().getValue(), out);
            }
        } else if (n.isArray()) {
            n.forEach(c -> collect(c, out));
        }
    }
}
