package cn.ybjg.bench.perf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * SQL findings against streaming flags, rule by rule: the counts and the flags only one side has (a few of them
 * named by subject, so a mismatch can be looked up). Flags are matched on their id, which supervision-service derives
 * from (ruleCode, subjectKey) alone (Flag.idOf), so the match holds however a writer of the flag table fills its
 * subject_key column. Equal counts with different flags are a mismatch too.
 */
record Agreement(Map<String, PerRule> rules) {
    static final int EXAMPLES = 5;

    record PerRule(int sql, int streaming, int onlySql, int onlyStreaming, List<String> onlySqlExamples,
                   List<String> onlyStreamingExamples) {
        boolean equal() {
            return onlySql == 0 && onlyStreaming == 0;
        }
    }

    /** Flag.idOf: the name-based (MD5, version 3) UUID of "flag:" + ruleCode + ":" + subjectKey. */
    static String flagId(String ruleCode, String subjectKey) {
        return UUID.nameUUIDFromBytes(("flag:" + ruleCode + ":" + subjectKey).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** rule → subject keys, as the SQL finds them, to rule → (flag id → subject key). */
    static Map<String, Map<String, String>> byFlagId(Map<String, Set<String>> subjects) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        subjects.forEach((rule, keys) -> {
            Map<String, String> ids = new TreeMap<>();
            keys.forEach(k -> ids.put(flagId(rule, k), k));
            out.put(rule, ids);
        });
        return out;
    }

    /** @param sql, streaming rule → (flag id → subject key shown for it) */
    static Agreement of(Map<String, Map<String, String>> sql, Map<String, Map<String, String>> streaming) {
        Set<String> rules = new TreeSet<>(sql.keySet());
        rules.addAll(streaming.keySet());
        Map<String, PerRule> out = new LinkedHashMap<>();
        for (String rule : ordered(rules)) {
            Map<String, String> a = sql.getOrDefault(rule, Map.of()), b = streaming.getOrDefault(rule, Map.of());
            List<String> onlyA = a.keySet().stream().filter(id -> !b.containsKey(id)).map(a::get).sorted().toList();
            List<String> onlyB = b.keySet().stream().filter(id -> !a.containsKey(id)).map(b::get).sorted().toList();
            out.put(rule, new PerRule(a.size(), b.size(), onlyA.size(), onlyB.size(),
                    onlyA.subList(0, Math.min(EXAMPLES, onlyA.size())),
                    onlyB.subList(0, Math.min(EXAMPLES, onlyB.size()))));
        }
        return new Agreement(out);
    }

    /** Flags found by one side only, over all rules: 0 when SQL and streaming agree exactly. */
    long differing() {
        return rules.values().stream().mapToLong(r -> r.onlySql() + r.onlyStreaming()).sum();
    }

    /** "RULE sql/streaming" for every rule, then what differs. */
    String summary() {
        List<String> counts = new ArrayList<>(), differences = new ArrayList<>();
        rules.forEach((rule, r) -> {
            counts.add(rule + " " + r.sql() + "/" + r.streaming());
            if (!r.equal()) {
                differences.add(rule + ": " + r.onlySql() + " only in SQL " + r.onlySqlExamples() + ", "
                        + r.onlyStreaming() + " only streaming " + r.onlyStreamingExamples());
            }
        });
        return "SQL/streaming per rule: " + String.join(", ", counts)
                + (differences.isEmpty() ? "; same flags in every rule" : "; DIFFER: " + String.join("; ", differences));
    }

    /** The catalog's order first (so tables read alike run to run), then any rule the engine knows and we do not. */
    private static List<String> ordered(Set<String> rules) {
        List<String> out = new ArrayList<>(RuleParameters.RULES.stream().filter(rules::contains).toList());
        rules.stream().filter(r -> !out.contains(r)).forEach(out::add);
        return out;
    }
}
