package cn.ybjg.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Exact comparison of expected flags (truth.json) with the flags a service listed. Flags are matched on
 * (ruleCode, personId, institutionCode, settlementId) as a multiset; a severity in the truth must match too.
 */
final class FlagComparison {
    /** One flag as listed by supervision-service; id is its own id (for messages). */
    record Actual(String id, String ruleCode, String severity, String personId, String institutionCode,
                  String settlementId, String status) {
        String key() {
            return FlagComparison.key(ruleCode, personId, institutionCode, settlementId);
        }
    }

    record Result(List<String> missing, List<String> unexpected, List<String> duplicates, List<String> wrongSeverity,
                  int expected, int matched) {
        boolean exact() {
            return missing.isEmpty() && unexpected.isEmpty() && duplicates.isEmpty() && wrongSeverity.isEmpty();
        }
    }

    private FlagComparison() {
    }

    static String key(String rule, String person, String institution, String settlement) {
        return rule + " person=" + person + (settlement == null ? "" : " settlement=" + institution + "/" + settlement);
    }

    static Result compare(List<TruthFlag> expected, List<Actual> actual) {
        Map<String, List<TruthFlag>> want = new TreeMap<>();
        expected.forEach(t -> want.computeIfAbsent(key(t.ruleCode(), t.personId(), t.institutionCode(),
                t.settlementId()), k -> new ArrayList<>()).add(t));
        Map<String, List<Actual>> got = new TreeMap<>();
        actual.stream().sorted(Comparator.comparing(Actual::id))
                .forEach(a -> got.computeIfAbsent(a.key(), k -> new ArrayList<>()).add(a));
        List<String> missing = new ArrayList<>(), unexpected = new ArrayList<>(), duplicates = new ArrayList<>(),
                severity = new ArrayList<>();
        int matched = 0;
        for (var e : want.entrySet()) {
            List<Actual> found = got.getOrDefault(e.getKey(), List.of());
            int n = e.getValue().size();
            for (int i = found.size(); i < n; i++) {
                missing.add(e.getKey());
            }
            for (int i = n; i < found.size(); i++) {
                duplicates.add(e.getKey() + " flag=" + found.get(i).id());
            }
            matched += Math.min(n, found.size());
            for (int i = 0; i < Math.min(n, found.size()); i++) {
                String s = e.getValue().get(i).severity();
                if (s != null && !Objects.equals(s, found.get(i).severity())) {
                    severity.add(e.getKey() + " expected " + s + " got " + found.get(i).severity());
                }
            }
        }
        got.forEach((k, list) -> {
            if (!want.containsKey(k)) {
                list.forEach(a -> unexpected.add(k + " flag=" + a.id() + " status=" + a.status()));
            }
        });
        return new Result(missing, unexpected, duplicates, severity, expected.size(), matched);
    }
}
