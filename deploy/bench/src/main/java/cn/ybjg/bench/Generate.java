package cn.ybjg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Main: a seeded synthetic population of one region and year, with planted anomalies and their ground truth. */
public final class Generate {
    private Generate() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            boolean help = "help".equals(e.getMessage());
            (help ? System.out : System.err).println((help ? "" : "generate: " + e.getMessage() + "\n") + Options.USAGE);
            System.exit(help ? 0 : 2);
            return;
        }
        Dataset data = generate(options);
        Map<String, Object> summary = write(data, options);
        System.out.println("generate: " + summary.get("persons") + " persons, " + summary.get("enrollments")
                + " enrollments, " + summary.get("deaths") + " deaths, " + summary.get("settlements")
                + " settlements, " + data.truth.size() + " planted flags " + summary.get("planted") + " -> "
                + options.out());
    }

    /**
     * One chunk of a data set too large to hold in memory at once (the benchmark's 10,000,000 settlements): generates
     * and writes it like main does, except that the ID numbers of earlier chunks (usedIdNumbers, extended here) are
     * never drawn again, so two persons of one data set never share an ID number even across chunks.
     *
     * @return the summary written to dataset.json
     */
    public static Map<String, Object> generateChunk(String[] args, Set<String> usedIdNumbers) throws Exception {
        Options o = Options.parse(args);
        return write(generate(o, usedIdNumbers), o);
    }

    static Dataset generate(Options o) {
        return generate(o, new HashSet<>());
    }

    static Dataset generate(Options o, Set<String> usedIdNumbers) {
        Rng rng = new Rng(o.seed() * 1_000_003L + o.prefix().hashCode());
        Dataset data = new Dataset(o.region(), o.year(), o.prefix());
        Ids ids = new Ids(o.prefix());
        People people = new People(ids, rng, usedIdNumbers);
        SettlementFactory factory = new SettlementFactory(ids, rng);
        Institutions institutions = new Institutions(o.region());
        int perRule = AnomalyPlanter.perRule(o.anomalyRate(), o.settlements());
        int cleanPersons = Math.max(1, o.persons() - AnomalyPlanter.RULES * perRule - o.nearMisses());
        int cleanSettlements = Math.max(0, o.settlements() - 2 * AnomalyPlanter.RULES * perRule - 2 * o.nearMisses());
        new Population(data, people, factory, institutions, rng).build(cleanPersons, cleanSettlements);
        AnomalyPlanter planter = new AnomalyPlanter(new CaseKit(data, people, factory, institutions, rng));
        planter.plantAll(perRule);
        planter.plantNearMisses(o.nearMisses());
        data.truth.sort(TruthFlag.ORDER);
        if (o.shuffle()) {
            rng.shuffle(data.settlements);
            rng.shuffle(data.enrollments);
            rng.shuffle(data.deaths);
        } else {
            data.settlements.sort(Comparator.comparing(Settlement::settlementTime)
                    .thenComparing(Settlement::settlementId));
        }
        return data;
    }

    static Map<String, Object> write(Dataset data, Options o) throws Exception {
        Path out = o.out();
        Files.createDirectories(out);
        try (var old = Files.newDirectoryStream(out, "settlements-*.{json,csv}")) {
            for (Path p : old) {
                Files.delete(p);
            }
        }
        JsonOut.writeArray(out.resolve("enrollments.json"), data.enrollments.stream().map(Records::enrollment).toList());
        JsonOut.writeArray(out.resolve("deaths.json"), data.deaths.stream().map(Records::death).toList());
        JsonOut.writeArray(out.resolve("truth.json"), data.truth.stream().map(Records::truth).toList());
        List<Settlement> main = data.settlements.stream().filter(s -> !data.late.contains(s.settlementId())).toList();
        List<Settlement> late = data.settlements.stream().filter(s -> data.late.contains(s.settlementId()))
                .sorted(Comparator.comparing(Settlement::settlementId)).toList();
        List<String> files = new ArrayList<>();
        for (int from = 0, n = 1; from < main.size(); from += o.batchSize(), n++) {
            String name = String.format("settlements-%03d.%s", n, o.format());
            writeSettlements(out.resolve(name), main.subList(from, Math.min(main.size(), from + o.batchSize())), o);
            files.add(name);
        }
        List<String> lateFiles = new ArrayList<>();
        if (!late.isEmpty()) {
            String name = "settlements-late." + o.format();
            writeSettlements(out.resolve(name), late, o);
            lateFiles.add(name);
        }
        Map<String, Object> summary = summary(data, o, files, lateFiles);
        JsonOut.writeObject(out.resolve("dataset.json"), summary);
        return summary;
    }

    private static void writeSettlements(Path file, List<Settlement> batch, Options o) {
        var records = batch.stream().map(Records::settlement).toList();
        if (o.format().equals("csv")) {
            CsvOut.write(file, records);
        } else {
            JsonOut.writeArray(file, records);
        }
    }

    private static Map<String, Object> summary(Dataset data, Options o, List<String> files, List<String> late) {
        Map<String, Integer> planted = new TreeMap<>();
        data.truth.forEach(t -> planted.merge(t.ruleCode(), 1, Integer::sum));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("prefix", o.prefix());
        m.put("seed", o.seed());
        m.put("regionCode", o.region().code());
        m.put("regionCodes", List.of(o.region().code(), o.region().other().code()));
        m.put("year", o.year());
        m.put("persons", data.persons.size());
        m.put("enrollments", data.enrollments.size());
        m.put("deaths", data.deaths.size());
        m.put("settlements", data.settlements.size());
        m.put("nearMisses", data.nearMisses);
        m.put("planted", planted);
        m.put("settlementFiles", files);
        m.put("lateSettlementFiles", late);
        data.truth.stream().filter(t -> t.ruleCode().equals("GENDER_MISMATCH")).findFirst().ifPresent(t ->
                m.put("reversalCandidate", Records.truth(t)));
        return m;
    }
}
