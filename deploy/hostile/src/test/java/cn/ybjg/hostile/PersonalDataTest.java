package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.bench.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The masked ID number keeps the first 6 and last 4 characters and hides exactly the 8 birth-date digits, so no
 * answer or event may carry the birth date next to it: records, searches, flags and their events show
 * {@code idNumberMasked} and {@code birthYear}, never {@code birthDate}.
 */
@NeedsStack
@Order(60)
class PersonalDataTest {
    static Stack stack;
    static String admin;
    static ObjectNode stored;
    static String sid;
    static String personId;

    @BeforeAll
    static void storeOne() {
        stack = Stack.get();
        admin = stack.tokens.admin();
        stored = Valid.own(stack, "PRIV");
        sid = stored.get("settlementId").asText();
        personId = stored.get("personId").asText();
        Exchange e = stack.http.postJson(stack.claims + "/api/v1/settlements", admin, Checks.json(List.of(stored)));
        assertEquals(200, e.status(), "storing a valid record: " + e.brief());
    }

    @Test
    void aRecordShowsIdNumberMaskedAndBirthYearNotBirthDate() {
        Exchange e = stack.http.get(stack.claims + "/api/v1/settlements/" + Valid.OWN + "/" + sid, admin);
        assertEquals(200, e.status(), e.brief());
        assertPrivate(e.json(), "GET one settlement");
        assertEquals(stored.get("birthDate").asText().substring(0, 4), e.json().path("birthYear").asText(),
                "the record shows the birth year");
    }

    @Test
    void aSearchShowsIdNumberMaskedAndBirthYearNotBirthDate() {
        Exchange e = stack.http.get(stack.claims + "/api/v1/settlements?personId=" + personId, admin);
        assertEquals(200, e.status(), e.brief());
        assertEquals(1, e.json().size(), e.brief());
        assertPrivate(e.json().get(0), "settlement search");
    }

    @Test
    void theSettlementEventCarriesBirthYearNotBirthDate() {
        List<Topics.Event> events = stack.topics.await("settlements.v1", sid, Duration.ofSeconds(60));
        assertFalse(events.isEmpty(), "no settlements.v1 event for the stored record within 60 s");
        for (Topics.Event ev : events) {
            assertPrivate(parse(ev), "settlements.v1 event " + ev.where());
        }
    }

    @Test
    void flagsAndTheirEventsCarryNoBirthDate() throws InterruptedException {
        // The record has no enrollment, so NOT_ENROLLED flags it.
        Exchange e = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            e = stack.http.get(stack.supervision + "/api/v1/flags?personId=" + personId, admin);
            if (e.status() == 200 && e.json() != null && e.json().size() > 0) {
                break;
            }
            Thread.sleep(1_000);
        }
        assertTrue(e != null && e.status() == 200 && e.json().size() > 0, "no flag on the unenrolled record within 60 s: "
                + (e == null ? "" : e.brief()));
        for (JsonNode flag : e.json()) {
            assertNoBirthDateBesideMask(flag, "flag listing");
            Exchange one = stack.http.get(stack.supervision + "/api/v1/flags/" + flag.path("id").asText(), admin);
            assertNoBirthDateBesideMask(one.json(), "one flag");
        }
        List<Topics.Event> events = stack.topics.await("flags.v1", personId, Duration.ofSeconds(30));
        assertFalse(events.isEmpty(), "no flags.v1 event for the flagged person within 30 s");
        events.forEach(ev -> assertNoBirthDateBesideMask(parse(ev), "flags.v1 event " + ev.where()));
    }

    @Test
    void anIdNumberUsedAsASearchFilterComesBackInNoAnswer() {
        String id = Samples.idNumber("431021", LocalDate.of(1979, 11, 2), 233);
        String supervisor = stack.tokens.supervisor("431000");
        Exchange search = stack.http.get(stack.claims + "/api/v1/settlements?personId=" + URLEncoder.encode(id, StandardCharsets.UTF_8), supervisor);
        assertTrue(search.status() == 200 || search.status() == 400, search.brief());
        Exchange log = stack.http.get(stack.claims + "/api/v1/audit-log?size=20", admin);
        assertEquals(200, log.status(), log.brief());
        assertEquals(0, IdRebuild.writtenOut(search.body()) + IdRebuild.writtenOut(log.body()),
                "the search answer or the access log shows the ID number searched for");
    }

    private static void assertPrivate(JsonNode record, String what) {
        assertTrue(record != null && record.path("idNumberMasked").asText().matches("\\d{6}\\*{8}\\d{3}[\\dX]"),
                what + ": idNumberMasked missing or not masked");
        assertFalse(record.has("idNumber"), what + ": carries idNumber");
        assertTrue(record.path("birthYear").canConvertToInt() || record.path("birthYear").asText().matches("\\d{4}"),
                what + ": birthYear missing");
        assertNoBirthDateBesideMask(record, what);
    }

    private static void assertNoBirthDateBesideMask(JsonNode root, String what) {
        List<String> wrong = new ArrayList<>();
        for (ObjectNode o : Checks.objects(root)) {
            if (o.has("idNumberMasked") && o.has("birthDate")) {
                wrong.add(what + ": birthDate next to idNumberMasked");
            }
        }
        wrong.addAll(IdRebuild.findings(root == null ? Exchange.JSON.nullNode() : root));
        assertEquals(List.of(), wrong, what);
    }

    private static JsonNode parse(Topics.Event ev) {
        try {
            return Exchange.JSON.readTree(ev.value());
        } catch (Exception ex) {
            throw new AssertionError(ev.where() + " is not JSON", ex);
        }
    }
}
