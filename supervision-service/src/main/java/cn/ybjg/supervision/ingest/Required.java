package cn.ybjg.supervision.ingest;

import java.util.ArrayList;
import java.util.List;

/** Names the required fields a payload lacks, and the fields longer than what the engine stores. */
final class Required {
    private Required() {
    }

    /** "" when all present, else "missing a, b". */
    static String missing(Object... nameValues) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object v = nameValues[i + 1];
            if (v == null || (v instanceof String s && s.isBlank())) missing.add((String) nameValues[i]);
        }
        return missing.isEmpty() ? "" : "missing " + String.join(", ", missing);
    }

    /**
     * "" when every text fits, else " name: longer than N" per field (name, value, limit triples). The limits are the
     * stored columns' (docs/events.md): a longer value is refused as a whole record, never cut.
     */
    static String tooLong(Object... nameValueLimits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nameValueLimits.length; i += 3) {
            if (nameValueLimits[i + 1] instanceof String v && v.length() > (Integer) nameValueLimits[i + 2]) {
                out.append(' ').append(nameValueLimits[i]).append(": longer than ").append(nameValueLimits[i + 2]);
            }
        }
        return out.toString();
    }
}
