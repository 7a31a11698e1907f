package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last, over everything the run produced: no answer the suite received, no event written to the public
 * topics during the run and no line of the services' logs gives an ID number away (written out, or rebuildable
 * from idNumberMasked and birthDate); and every error answer of the run was problem+json, every /api answer
 * carried no-store and nosniff.
 */
@NeedsStack
@Order(Integer.MAX_VALUE)
class RunScanTest {
    /** Batch endpoints answer 422 with the batch answer (accepted/duplicates/rejected), not problem+json. */
    static final Pattern BATCH = Pattern.compile("POST /api/v1/(settlements|enrollments|death-registrations)(\\?.*)?");
    static Stack stack;

    @BeforeAll
    static void settle() throws InterruptedException {
        stack = Stack.get();
        // Let the outbox relay and supervision's consumers finish with the run's input before the events are read.
        ClaimsDb db = new ClaimsDb(stack.claimsJdbc);
        for (int i = 0; i < 60 && db.outboxBacklog() > 0; i++) {
            Thread.sleep(1_000);
        }
        Thread.sleep(3_000);
    }

    @Test
    void noAnswerOfTheRunGivesAnIdNumberAway() {
        List<Exchange> all = stack.http.exchanges();
        List<String> found = new ArrayList<>();
        for (Exchange e : all) {
            if (IdRebuild.writtenOut(e.body()) > 0) {
                found.add(e.where() + " -> " + e.status() + ": an ID number written out");
            }
            JsonNode json = e.json();
            if (json != null) {
                IdRebuild.findings(json).stream().limit(3).forEach(f -> found.add(e.where() + " -> " + e.status() + " " + f));
            }
        }
        assertFalse(all.isEmpty(), "the run made no request");
        assertEquals(List.of(), found, found.size() + " places in " + all.size() + " answers:" + Checks.listing(found, 25));
    }

    @Test
    void noEventOfTheRunGivesAnIdNumberAway() {
        List<Topics.Event> events = stack.topics.since();
        List<String> found = new ArrayList<>();
        for (Topics.Event ev : events) {
            if (IdRebuild.writtenOut(ev.value()) > 0) {
                found.add(ev.where() + ": an ID number written out");
            }
            try {
                IdRebuild.findings(Exchange.JSON.readTree(ev.value())).stream().limit(3)
                        .forEach(f -> found.add(ev.where() + " " + f));
            } catch (IOException notJson) {
                // the written-out check above covers it
            }
        }
        assertFalse(events.isEmpty(), "the run produced no event on " + Topics.PUBLIC);
        assertEquals(List.of(), found, found.size() + " places in " + events.size() + " events:" + Checks.listing(found, 25));
    }

    @Test
    void noLogLineGivesAnIdNumberAway() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path log : stack.logs) {
            if (!Files.isRegularFile(log)) {
                found.add(log + ": missing");
                continue;
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(log), decoder))) {
                int n = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    n++;
                    if (IdRebuild.writtenOut(line) > 0) {
                        found.add(log.getFileName() + " line " + n + ": an ID number written out");
                    }
                }
            }
        }
        assertFalse(stack.logs.isEmpty(), "no log files given (-Dhostile.logs)");
        assertEquals(List.of(), found, found.size() + " log lines:" + Checks.listing(found, 25));
    }

    @Test
    void everyErrorAnswerOfTheRunIsProblemJson() {
        List<String> wrong = new ArrayList<>();
        int errors = 0;
        for (Exchange e : stack.http.exchanges()) {
            boolean batchAnswer = e.status() == 422 && BATCH.matcher(e.where()).matches();
            if (e.status() < 400 || batchAnswer) {
                continue;
            }
            errors++;
            try {
                Checks.assertProblem(e, e.status(), null);
            } catch (AssertionError a) {
                wrong.add(e.where() + " -> " + e.status() + " '" + e.contentType() + "'");
            }
        }
        int total = errors;
        assertEquals(List.of(), wrong, wrong.size() + " of " + total + " error answers are not problem+json with type,"
                + " title, status and detail:" + Checks.listing(wrong, 25));
    }

    @Test
    void everyApiAnswerOfTheRunCarriesNoStoreAndNosniff() {
        List<String> wrong = new ArrayList<>();
        int api = 0;
        for (Exchange e : stack.http.exchanges()) {
            if (e.status() == 0 || !e.url().contains("/api/")) {
                continue;
            }
            api++;
            if (!e.cacheControl().contains("no-store") || !e.contentTypeOptions().equalsIgnoreCase("nosniff")) {
                wrong.add(e.where() + " -> " + e.status());
            }
        }
        int total = api;
        assertEquals(List.of(), wrong, wrong.size() + " of " + total + " /api answers lack Cache-Control: no-store or"
                + " X-Content-Type-Options: nosniff:" + Checks.listing(wrong, 10));
    }
}
