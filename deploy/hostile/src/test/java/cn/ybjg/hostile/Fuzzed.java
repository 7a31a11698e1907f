package cn.ybjg.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One record of the fuzz: what it is ({@code kind}; "VALID" for the valid ones mixed in) and, for a broken one,
 * the fields a rejection may name. {@code settlementId}/{@code personId} are the keys it was sent with when they
 * are text, else null.
 */
record Fuzzed(ObjectNode record, String kind, List<String> fields) {
    boolean valid() {
        return kind.equals("VALID");
    }

    String settlementId() {
        return record.path("settlementId").isTextual() ? record.get("settlementId").asText() : null;
    }

    static String withoutNul(String key) {
        return key.replace("\u0000", "");
    }

    String personId() {
        return record.path("personId").isTextual() ? record.get("personId").asText() : null;
    }
}
