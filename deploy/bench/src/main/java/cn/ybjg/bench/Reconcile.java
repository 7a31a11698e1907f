package cn.ybjg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Main: compares truth.json with the flags supervision-service lists (OPEN/CONFIRMED/DISMISSED, i.e. the default
 * listing without WITHDRAWN) for the persons of one run (personId prefix). Exit 0 exact match, 1 mismatch,
 * 2 usage or connection error. The bearer token comes from the environment variable YBJG_TOKEN.
 */
public final class Reconcile {
    static final String USAGE = """
            usage: YBJG_TOKEN=... reconcile.sh --dir DIR [--prefix P] [--regions 431000,441800]
                   [--url http://127.0.0.1:8082] [--exclude INSTITUTION/SETTLEMENT_ID]... [--skip-rule RULE]... [--quiet]
              --dir        the generator's output (truth.json, dataset.json); prefix and regions default from it
              --exclude    a planted settlement that was reversed: its flag must no longer be listed
              --skip-rule  leave a rule out of the comparison (both sides)
            """;

    private Reconcile() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args, System.getenv("YBJG_TOKEN")));
        } catch (IllegalArgumentException e) {
            System.err.println("reconcile: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
        } catch (Exception e) {
            System.err.println("reconcile: ERROR " + e);
            System.exit(2);
        }
    }

    static int run(String[] args, String token) throws Exception {
        Path dir = null;
        String prefix = null, regions = null, url = "http://127.0.0.1:8082";
        Set<String> excluded = new HashSet<>(), skipped = new HashSet<>();
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quiet" -> quiet = true;
                case "--dir" -> dir = Path.of(value(args, ++i));
                case "--prefix" -> prefix = value(args, ++i);
                case "--regions" -> regions = value(args, ++i);
                case "--url" -> url = value(args, ++i);
                case "--exclude" -> excluded.add(value(args, ++i));
                case "--skip-rule" -> skipped.add(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("--dir is required");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("set YBJG_TOKEN to a bearer token (deploy/local/token.sh admin)");
        }
        JsonNode dataset = JsonOut.MAPPER.readTree(dir.resolve("dataset.json").toFile());
        prefix = prefix != null ? prefix : dataset.get("prefix").asText();
        List<String> regionList = new ArrayList<>();
        if (regions != null) {
            regionList.addAll(List.of(regions.split(",")));
        } else {
            dataset.get("regionCodes").forEach(r -> regionList.add(r.asText()));
        }
        List<TruthFlag> expected = readTruth(dir.resolve("truth.json")).stream()
                .filter(t -> !skipped.contains(t.ruleCode()))
                .filter(t -> t.settlementId() == null || !excluded.contains(t.institutionCode() + "/" + t.settlementId()))
                .toList();
        FlagClient client = new FlagClient(url, token);
        List<FlagComparison.Actual> actual = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String region : regionList) {
            for (FlagComparison.Actual a : client.flags(region, null, prefix)) {
                if (seen.add(a.id()) && !skipped.contains(a.ruleCode()) && !"WITHDRAWN".equals(a.status())) {
                    actual.add(a);
                }
            }
        }
        FlagComparison.Result result = FlagComparison.compare(expected, actual);
        print(result, prefix, quiet);
        return result.exact() ? 0 : 1;
    }

    static void print(FlagComparison.Result r, String prefix, boolean quiet) {
        if (!quiet || !r.exact()) {
            int shown = 0;
            for (var section : List.of(List.of("missing", r.missing()), List.of("unexpected", r.unexpected()),
                    List.of("duplicate", r.duplicates()), List.of("wrong severity", r.wrongSeverity()))) {
                @SuppressWarnings("unchecked")
                List<String> lines = (List<String>) section.get(1);
                for (String line : lines) {
                    if (shown++ < 200) {
                        System.out.println("  " + section.get(0) + ": " + line);
                    }
                }
            }
        }
        System.out.printf("reconcile %s: expected %d, matched %d, missing %d, unexpected %d, duplicates %d, "
                        + "wrong severity %d -> %s%n", prefix, r.expected(), r.matched(), r.missing().size(),
                r.unexpected().size(), r.duplicates().size(), r.wrongSeverity().size(), r.exact() ? "MATCH" : "MISMATCH");
    }

    static List<TruthFlag> readTruth(Path file) throws java.io.IOException {
        List<TruthFlag> list = new ArrayList<>();
        for (JsonNode t : JsonOut.MAPPER.readTree(file.toFile())) {
            list.add(new TruthFlag(t.get("ruleCode").asText(), text(t, "severity"), t.get("personId").asText(),
                    text(t, "institutionCode"), text(t, "settlementId")));
        }
        return list;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("missing value of " + args[i - 1]);
        }
        return args[i];
    }
}
