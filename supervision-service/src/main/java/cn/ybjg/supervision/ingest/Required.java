package cn.ybjg.supervision.ingest;

import java.util.ArrayList;
import java.util.List;

/** Names the required fields a payload lacks. */
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
}
