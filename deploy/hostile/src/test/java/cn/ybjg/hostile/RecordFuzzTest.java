package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.bench.Samples;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * 10,000 malformed settlement records (half bench's typing errors, half {@link HostileRecords}) in JSON batches of
 * 200 malformed records of one family (bench's mix, or one hostile kind, so that a 5xx names its cause) with 20
 * valid records shuffled in, posted two at a time. Every answer is 200 or 422, never 5xx; every malformed record
 * is rejected naming one of its fields and nothing of it is stored (not even with a NUL stripped from its key);
 * every valid record is stored, and exactly as many rows carry this run's fuzz ids as valid records were sent.
 */
@NeedsStack
@Order(80)
class RecordFuzzTest {
    static final int MALFORMED = 10_000;
    static final int CHUNK = 200;
    static final int VALID_PER_BATCH = 20;
    static Stack stack;
    static ClaimsDb db;
    static final List<List<Fuzzed>> batches = new ArrayList<>();
    static final List<String> families = new ArrayList<>();

    @BeforeAll
    static void generate() {
        stack = Stack.get();
        db = new ClaimsDb(stack.claimsJdbc);
        Random random = new Random(stack.seed);
        Map<String, List<Fuzzed>> byFamily = new java.util.LinkedHashMap<>();
        for (Samples.Broken b : Samples.malformed(Valid.base(stack), MALFORMED / 2, stack.seed, stack.run + "-FB-")) {
            byFamily.computeIfAbsent("bench", k -> new ArrayList<>()).add(new Fuzzed(b.record(), "bench." + b.kind(), b.fields()));
        }
        for (int i = 0; i < MALFORMED / 2; i++) {
            HostileRecords.Broken b = HostileRecords.mutate(Valid.record(stack, "FH"), i, random);
            byFamily.computeIfAbsent(b.kind().name(), k -> new ArrayList<>()).add(new Fuzzed(b.record(), b.kind().name(), b.fields()));
        }
        byFamily.forEach((family, records) -> {
            for (int from = 0; from < records.size(); from += CHUNK) {
                List<Fuzzed> batch = new ArrayList<>(records.subList(from, Math.min(records.size(), from + CHUNK)));
                for (int v = 0; v < VALID_PER_BATCH; v++) {
                    batch.add(new Fuzzed(Valid.record(stack, "FV"), "VALID", List.of()));
                }
                Collections.shuffle(batch, random);
                batches.add(batch);
                families.add(family);
            }
        });
    }

    @Test
    void tenThousandMalformedRecordsAreRejectedOneByOneAndNothingOfThemIsStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Exchange>> answers = new ArrayList<>();
        String admin = stack.tokens.admin();
        for (List<Fuzzed> batch : batches) {
            String body = Checks.json(batch.stream().map(Fuzzed::record).toList());
            answers.add(pool.submit(() -> stack.http.postJson(stack.claims + "/api/v1/settlements", admin, body)));
        }
        pool.shutdown();
        List<String> serverErrors = new ArrayList<>();
        List<String> wrongAnswers = new ArrayList<>();
        List<Fuzzed> mustBeStored = new ArrayList<>();
        List<Fuzzed> mustNotBeStored = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            Exchange e = answers.get(b).get();
            List<Fuzzed> batch = batches.get(b);
            if (e.serverError()) {
                serverErrors.add("batch " + b + " (" + families.get(b) + "): " + e.status() + " " + IdRebuild.redact(
                        e.body().length() > 200 ? e.body().substring(0, 200) : e.body()));
                mustNotBeStored.addAll(batch);       // a failed request stores nothing
                continue;
            }
            if (e.status() != 422 && e.status() != 200) {
                wrongAnswers.add("batch " + b + ": the whole batch was refused, valid records lost: " + e.brief());
                mustNotBeStored.addAll(batch);
                continue;
            }
            for (int i = 0; i < batch.size(); i++) {
                Fuzzed f = batch.get(i);
                List<String> named = Checks.rejectedFields(e, i);
                if (f.valid()) {
                    if (!named.isEmpty()) {
                        wrongAnswers.add("batch " + b + " record " + i + ": a valid record was rejected with " + named);
                    } else {
                        mustBeStored.add(f);
                    }
                } else {
                    if (named.isEmpty()) {
                        wrongAnswers.add("batch " + b + " record " + i + " " + f.kind() + " " + f.fields() + ": accepted");
                    } else if (named.stream().noneMatch(n -> f.fields().stream().anyMatch(x -> Checks.names(n, x)))) {
                        wrongAnswers.add("batch " + b + " record " + i + " " + f.kind() + ": rejected naming " + named
                                + ", expected one of " + f.fields());
                    }
                    mustNotBeStored.add(f);
                }
            }
        }
        Set<String> storedBad = storedOf(mustNotBeStored);
        // a malformed record whose settlementId was the broken field is looked for by its (run-unique) personId
        List<String> persons = mustNotBeStored.stream().filter(f -> !f.valid() && f.fields().contains("settlementId"))
                .map(Fuzzed::personId).filter(p -> p != null && p.startsWith(stack.run)).map(Fuzzed::withoutNul).toList();
        Set<String> storedBadPersons = persons.isEmpty() ? Set.of() : db.storedPersons(persons);
        Set<String> storedGood = storedOf(mustBeStored);
        List<String> missing = mustBeStored.stream().map(Fuzzed::settlementId).filter(id -> !storedGood.contains(id)).toList();
        long rows = db.countStartingWith(stack.run + "-F");
        Map<String, Long> leakedKinds = mustNotBeStored.stream().filter(f -> f.settlementId() != null
                && storedBad.contains(Fuzzed.withoutNul(f.settlementId()))).collect(Collectors.groupingBy(Fuzzed::kind, Collectors.counting()));

        int valid = mustBeStored.size();
        assertAll(
                () -> assertEquals(List.of(), serverErrors, serverErrors.size() + " batches answered 5xx or not at all:"
                        + Checks.listing(serverErrors, 15)),
                () -> assertEquals(Map.of(), leakedKinds, "malformed records stored anyway, by kind"),
                () -> assertEquals(0, storedBadPersons.size(), "malformed records with a broken settlementId stored anyway"),
                () -> assertEquals(List.of(), wrongAnswers, wrongAnswers.size() + " wrong answers (by kind: "
                        + byKind(wrongAnswers) + "):" + Checks.listing(wrongAnswers, 25)),
                () -> assertEquals(List.of(), missing, "valid records answered as accepted but not stored"),
                () -> assertEquals(valid, rows, "rows under this run's fuzz ids = valid records accepted"),
                () -> assertTrue(valid >= batches.size() * VALID_PER_BATCH * 9 / 10, "most valid records got through: " + valid),
                () -> Health.assertUp(stack));
    }

    private Set<String> storedOf(List<Fuzzed> records) {
        // PostgreSQL text holds no NUL: a key is looked for as it would be stored with the NUL stripped
        List<String> ids = records.stream().map(Fuzzed::settlementId).filter(id -> id != null).map(Fuzzed::withoutNul).toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 2_000) {
            found.addAll(db.stored(ids.subList(from, Math.min(ids.size(), from + 2_000))));
        }
        return found;
    }

    private static Map<String, Long> byKind(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("^batch \\d+ record \\d+ ", "").split(" ")[0])
                .collect(Collectors.groupingBy(k -> k, java.util.TreeMap::new, Collectors.counting()));
    }
}
