package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One error body everywhere (RFC 9457 problem+json with type, title, status and detail), JSON bodies that do not
 * bind are 400 with such a body (not an empty one), answers with personal data are not cached or sniffed, and
 * the open health endpoint tells no exception text.
 */
@NeedsStack
@Order(40)
class ErrorAnswerTest {
    static final Pattern EXCEPTION_TEXT = Pattern.compile("Exception|Caused by|\\tat |\\.java:\\d+");
    static Stack stack;
    static String admin;

    @BeforeAll
    static void stack() {
        stack = Stack.get();
        admin = stack.tokens.admin();
    }

    @Test
    void aReviewWithAWrongTypeIsA400ProblemWithABody() {
        Exchange e = stack.http.postJson(stack.supervision + "/api/v1/flags/" + UUID.randomUUID() + "/reviews", admin,
                "{\"decision\": 5, \"note\": [\"x\"], \"recoveredAmount\": \"abc\"}");
        Checks.assertProblem(e, 400, null);
    }

    @Test
    void aReplayWithAWrongTypeIsA400ProblemWithABody() {
        Exchange e = stack.http.postJson(stack.supervision + "/api/v1/replays", admin,
                "{\"from\": 20250101, \"to\": [\"2025-12-31\"], \"ruleCodes\": \"NOT_ENROLLED\", \"dryRun\": \"maybe\"}");
        Checks.assertProblem(e, 400, null);
    }

    @Test
    void aFractionalWholeNumberRuleParameterIsRefusedNotTruncated() {
        Exchange e = stack.http.putJson(stack.supervision + "/api/v1/rules/READMISSION_15D", admin,
                "{\"parameters\": {\"maxDays\": 15.5}}");
        Checks.assertProblem(e, 400, "maxDays");
    }

    @Test
    void errorAnswersOfEveryServiceAreProblemJson() {
        List<Exchange> errors = List.of(
                stack.http.get(stack.claims + "/api/v1/settlements/" + Valid.OWN + "/NO-SUCH-" + stack.run, admin),
                stack.http.get(stack.claims + "/api/v1/settlements?size=1", null),
                stack.http.get(stack.claims + "/api/v1/audit-log", stack.tokens.of("registry", "")),
                stack.http.postJson(stack.claims + "/api/v1/settlements", admin, "[{\"settlementId\": "),
                stack.http.get(stack.supervision + "/api/v1/flags/" + UUID.randomUUID(), admin),
                stack.http.get(stack.supervision + "/api/v1/rules/NOPE", admin),
                stack.http.get(stack.supervision + "/api/v1/flags?size=1", null),
                stack.http.get(stack.supervision + "/api/v1/flags?size=1", stack.tokens.of("registry", "")),
                stack.http.get(stack.indicators + "/api/v1/targets", null),
                stack.http.get(stack.indicators + "/api/v1/scorecard?regionCode=431000&year=2025", stack.tokens.of("registry", "")),
                stack.http.get(stack.indicators + "/api/v1/indicators/NOPE/series?regionCode=431000", admin));
        List<String> wrong = new ArrayList<>();
        for (Exchange e : errors) {
            try {
                assertTrue(e.status() >= 400, "expected an error answer: " + e.brief());
                Checks.assertProblem(e, e.status(), null);
            } catch (AssertionError a) {
                wrong.add(a.getMessage());
            }
        }
        assertEquals(List.of(), wrong, "error answers that are not problem+json:" + Checks.listing(wrong, 20));
    }

    @Test
    void apiAnswersCarryNoStoreAndNosniff() {
        List<Exchange> answers = List.of(
                stack.http.get(stack.claims + "/api/v1/settlements?size=1", admin),
                stack.http.get(stack.claims + "/api/v1/settlements?from=x", admin),
                stack.http.get(stack.supervision + "/api/v1/flags?size=1", admin),
                stack.http.get(stack.supervision + "/api/v1/flags/" + UUID.randomUUID(), admin),
                stack.http.get(stack.indicators + "/api/v1/targets?regionCode=431000", admin),
                stack.http.get(stack.indicators + "/api/v1/scorecard?regionCode=431000&year=2025", null));
        List<String> wrong = new ArrayList<>();
        for (Exchange e : answers) {
            if (!e.cacheControl().contains("no-store") || !e.contentTypeOptions().equalsIgnoreCase("nosniff")) {
                wrong.add(e.where() + " -> " + e.status() + " Cache-Control='" + e.cacheControl()
                        + "' X-Content-Type-Options='" + e.contentTypeOptions() + "'");
            }
        }
        assertEquals(List.of(), wrong, "answers without Cache-Control: no-store and X-Content-Type-Options: nosniff:"
                + Checks.listing(wrong, 20));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"claims", "supervision", "indicators"})
    void healthTellsNoExceptionText(String service) {
        String base = service.equals("claims") ? stack.claims : service.equals("supervision") ? stack.supervision : stack.indicators;
        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live")) {
            Exchange e = stack.http.get(base + path, null);
            assertTrue(e.status() == 200 || e.status() == 503, e.brief());
            assertFalse(EXCEPTION_TEXT.matcher(e.body()).find(), "health shows exception text: " + e.brief());
        }
    }
}
