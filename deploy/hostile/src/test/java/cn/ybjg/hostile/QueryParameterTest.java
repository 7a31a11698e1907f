package cn.ybjg.hostile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad query parameters are the caller's error: 400 problem+json naming the parameter, never a 500 (an int past
 * its end), a 404 (a date that does not parse) or a 200 (an unknown enum value or an injection attempt
 * treated as a filter that matches nothing).
 */
@NeedsStack
@Order(30)
class QueryParameterTest {
    static Stack stack;

    @BeforeAll
    static void stack() {
        stack = Stack.get();
    }

    @ParameterizedTest(name = "{0} {1} -> 400 naming {2}")
    @CsvSource(delimiter = '|', value = {
        "claims|/api/v1/settlements?page=4294968&size=500|page",
        "claims|/api/v1/audit-log?page=4294968&size=500|page",
        "supervision|/api/v1/audit-log?page=4294968&size=500|page",
        "supervision|/api/v1/flags?page=4294968&size=500|page",
        "claims|/api/v1/settlements?page=2147483648|page",
        "claims|/api/v1/settlements?size=abc|size",
        "claims|/api/v1/settlements?from=x|from",
        "claims|/api/v1/settlements?to=2025-02-30|to",
        "claims|/api/v1/audit-log?from=x|from",
        "supervision|/api/v1/flags?from=x|from",
        "supervision|/api/v1/rule-stats?from=x|from",
        "supervision|/api/v1/audit-log?to=x|to",
        "indicators|/api/v1/scorecard?regionCode=431000&year=abc|year",
        "indicators|/api/v1/scorecard?regionCode=431000&year=99999999999|year",
        "supervision|/api/v1/flags?ruleCode=NOPE|ruleCode",
        "supervision|/api/v1/flags?severity=MAYBE|severity",
        "supervision|/api/v1/flags?status=NOPE|status",
        "indicators|/api/v1/indicators?regionCode=431000&insuranceType=%27%20OR%20%271%27%3D%271&period=2025|insuranceType",
        "indicators|/api/v1/indicators?regionCode=431000&period=2025-Q5|period",
        "indicators|/api/v1/indicators/POLICY_SCOPE_INPATIENT_FUND_RATIO/series?regionCode=431000&from=x|from"})
    void aMalformedQueryParameterIsA400ProblemNamingIt(String service, String pathAndQuery, String parameter) {
        String base = switch (service) {
            case "claims" -> stack.claims;
            case "supervision" -> stack.supervision;
            default -> stack.indicators;
        };
        Exchange e = stack.http.get(base + pathAndQuery, stack.tokens.admin());
        Checks.assertProblem(e, 400, parameter);
    }
}
