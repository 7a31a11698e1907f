package cn.ybjg.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fuzzed GET requests over every read endpoint of the three services: each parameter of an endpoint has a type,
 * and gets either a value of its type, junk of its type (a date that does not parse, an int past the end of
 * int, an unknown enum value) or generic junk (injection, markup, control characters, percent-encoded invalid
 * UTF-8, overlong text). Every URL stays below the HTTP server's 4096-byte request-line limit, so the
 * application, not the server, answers. Seeded: same seed, same requests.
 */
public final class QueryFuzz {

    public enum Service { CLAIMS, SUPERVISION, INDICATORS }

    enum Type { TEXT, DATE, INT, REGION, INSTITUTION, RULE, SEVERITY, STATUS, INSURANCE, PERIOD, YEAR, TIMESTAMP,
        GRANULARITY, SORT, UUID, INDICATOR }

    record Param(String name, Type type) {
    }

    /** An endpoint: path template ({name} are path parameters, typed like query parameters) and its parameters. */
    record Endpoint(Service service, String path, List<Param> params) {
    }

    /** One request: the service and the path with its encoded query. */
    public record Request(Service service, String pathAndQuery) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(Service.CLAIMS, "/api/v1/settlements", List.of(p("personId", Type.TEXT),
                    p("institutionCode", Type.INSTITUTION), p("from", Type.DATE), p("to", Type.DATE), p("page", Type.INT),
                    p("size", Type.INT))),
            new Endpoint(Service.CLAIMS, "/api/v1/settlements/{institutionCode}/{settlementId}",
                    List.of(p("institutionCode", Type.INSTITUTION), p("settlementId", Type.TEXT))),
            new Endpoint(Service.CLAIMS, "/api/v1/audit-log", List.of(p("actor", Type.TEXT), p("from", Type.DATE),
                    p("to", Type.DATE), p("page", Type.INT), p("size", Type.INT))),
            new Endpoint(Service.SUPERVISION, "/api/v1/flags", List.of(p("ruleCode", Type.RULE), p("severity", Type.SEVERITY),
                    p("status", Type.STATUS), p("institutionCode", Type.INSTITUTION), p("regionCode", Type.REGION),
                    p("personId", Type.TEXT), p("from", Type.DATE), p("to", Type.DATE), p("sort", Type.SORT),
                    p("page", Type.INT), p("size", Type.INT), p("detectedFrom", Type.TIMESTAMP),
                    p("detectedTo", Type.TIMESTAMP), p("after", Type.TEXT), p("assignee", Type.TEXT))),
            new Endpoint(Service.SUPERVISION, "/api/v1/flags/{id}", List.of(p("id", Type.UUID))),
            new Endpoint(Service.SUPERVISION, "/api/v1/rules", List.of()),
            new Endpoint(Service.SUPERVISION, "/api/v1/rules/{ruleCode}", List.of(p("ruleCode", Type.RULE))),
            new Endpoint(Service.SUPERVISION, "/api/v1/rule-stats", List.of(p("regionCode", Type.REGION),
                    p("from", Type.DATE), p("to", Type.DATE))),
            new Endpoint(Service.SUPERVISION, "/api/v1/audit-log", List.of(p("action", Type.TEXT), p("actor", Type.TEXT),
                    p("from", Type.DATE), p("to", Type.DATE), p("page", Type.INT), p("size", Type.INT))),
            new Endpoint(Service.SUPERVISION, "/api/v1/replays/{id}", List.of(p("id", Type.UUID))),
            new Endpoint(Service.SUPERVISION, "/api/v1/flag-summary", List.of(p("groupBy", Type.SORT),
                    p("ruleCode", Type.RULE), p("regionCode", Type.REGION), p("from", Type.DATE), p("to", Type.DATE))),
            new Endpoint(Service.INDICATORS, "/api/v1/indicators", List.of(p("regionCode", Type.REGION),
                    p("insuranceType", Type.INSURANCE), p("period", Type.PERIOD))),
            new Endpoint(Service.INDICATORS, "/api/v1/indicators/{code}/series", List.of(p("code", Type.INDICATOR),
                    p("regionCode", Type.REGION), p("insuranceType", Type.INSURANCE), p("from", Type.PERIOD),
                    p("to", Type.PERIOD), p("granularity", Type.GRANULARITY))),
            new Endpoint(Service.INDICATORS, "/api/v1/targets", List.of(p("regionCode", Type.REGION))),
            new Endpoint(Service.INDICATORS, "/api/v1/scorecard", List.of(p("regionCode", Type.REGION), p("year", Type.YEAR))));

    /** Junk that fits no parameter; "%…" entries are sent as written (already percent-encoded). */
    static final List<String> GENERIC = List.of("", " ", "x", "null", "undefined", "[]", "{}", "' OR '1'='1",
            "1; DROP TABLE settlement;--", "\" OR \"\"=\"", "<script>alert(1)</script>", "../../../../etc/passwd",
            "${jndi:ldap://127.0.0.1/a}", "#{7*7}", "{{7*7}}", "=cmd|' /C calc'!A0", "\u0000", "a\u0000b", "\r\nX-Injected: 1",
            "\u202Egnp.exe", "医保", "\uD83D\uDE00", "%00", "%C0%AF", "%FF%FE", "%ED%A0%80", "%E2%80%AE", "%25%32%65",
            "%0d%0aSet-Cookie:x=1", "-", "+", "*", "%", "_", "\\", "NaN", "Infinity", "true", "0x10", "1e9999");

    static final List<String> DATE_JUNK = List.of("x", "2025-02-30", "2025-13-01", "2025-00-10", "20250101", "2025-1-1",
            "+999999999-12-31", "-999999999-01-01", "+1000000000-01-01", "2025-06-01T00:00:00Z", "1735689600", "0",
            "2025-06-01 ", " 2025-06-01", "２０２５-06-01", "9999-99-99");
    static final List<String> INT_JUNK = List.of("4294968", "2147483647", "2147483648", "-2147483649", "-1", "0",
            "99999999999999999999", "1.5", "1e3", "0x10", "٣", "+1", " 1", "1 ", "--1", "9223372036854775808", "abc");
    static final List<String> TIMESTAMP_JUNK = List.of("2025-06-01T00:00:00+18:01", "+275760-09-13T00:00:00Z",
            "2025-06-01", "2025-06-01T25:00:00+08:00", "yesterday", "1735689600");

    private QueryFuzz() {
    }

    /** {@code count} requests, endpoints in turn so that each gets its share. */
    public static List<Request> requests(long seed, int count) {
        Random random = new Random(seed);
        List<Request> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(request(ENDPOINTS.get(i % ENDPOINTS.size()), random));
        }
        return out;
    }

    /** Request lines stay below the HTTP server's 4096 bytes, so the application answers, not the server. */
    static final int MAX_URL = 3_600;

    static Request request(Endpoint e, Random random) {
        String path = e.path();
        List<String> query = new ArrayList<>();
        List<Param> params = new ArrayList<>(e.params());
        java.util.Collections.shuffle(params, random);
        int queryParams = params.isEmpty() ? 0 : 1 + random.nextInt(Math.min(3, params.size()));
        for (Param p : params) {
            if (path.contains("{" + p.name() + "}")) {
                String v = value(p.type(), random);
                path = path.replace("{" + p.name() + "}", v.isEmpty() ? "x" : encode(v, true));
            } else if (queryParams-- > 0) {
                add(query, path, p.name() + "=" + encode(value(p.type(), random), false));
                if (random.nextInt(20) == 0) {        // the same parameter twice
                    add(query, path, p.name() + "=" + encode(value(p.type(), random), false));
                }
            }
        }
        return new Request(e.service(), query.isEmpty() ? path : path + "?" + String.join("&", query));
    }

    private static void add(List<String> query, String path, String param) {
        if (path.length() + String.join("&", query).length() + param.length() + 2 < MAX_URL) {
            query.add(param);
        }
    }

    /** A third valid, a third junk of the type, a third generic junk (of which some overlong). */
    static String value(Type type, Random random) {
        int roll = random.nextInt(30);
        if (roll < 10) {
            return valid(type, random);
        }
        if (roll < 20) {
            return junkOf(type, random);
        }
        if (roll == 29) {
            return "A".repeat(300 + random.nextInt(1_200));
        }
        return pick(GENERIC, random);
    }

    static String valid(Type type, Random random) {
        return switch (type) {
            case TEXT -> "HX-P" + random.nextInt(1_000);
            case DATE -> "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case INT -> String.valueOf(random.nextInt(600));
            case REGION -> pick(List.of("431000", "441800", "110000"), random);
            case INSTITUTION -> pick(List.of("H43100200123", "H44180200101", "P43100200001"), random);
            case RULE -> pick(List.of("DUPLICATE_ENROLLMENT", "DECEASED_ACTIVE", "DRG_COST_OUTLIER", "READMISSION_15D",
                    "OVERLAPPING_STAY", "DUPLICATE_SETTLEMENT", "GENDER_MISMATCH", "NOT_ENROLLED"), random);
            case SEVERITY -> pick(List.of("DEFINITE", "SUSPICIOUS"), random);
            case STATUS -> pick(List.of("OPEN", "CONFIRMED", "DISMISSED", "WITHDRAWN"), random);
            case INSURANCE -> pick(List.of("310", "390"), random);
            case PERIOD -> pick(List.of("2025", "2025-Q1", "2025-03", "2024-Q4"), random);
            case YEAR -> String.valueOf(2020 + random.nextInt(8));
            case TIMESTAMP -> "2025-06-01T00:00:00+08:00";
            case GRANULARITY -> pick(List.of("month", "quarter", "year"), random);
            case SORT -> pick(List.of("detectedAt", "-detectedAt", "amountAtRisk", "ruleCode,regionCode"), random);
            case UUID -> new java.util.UUID(random.nextLong(), random.nextLong()).toString();
            case INDICATOR -> pick(List.of("POLICY_SCOPE_INPATIENT_FUND_RATIO", "ENROLLMENT_RATE", "DRG_PAYMENT_SHARE",
                    "FLAGGED_FUND_SHARE", "ACTUAL_INPATIENT_REIMBURSEMENT_RATIO"), random);
        };
    }

    static String junkOf(Type type, Random random) {
        return switch (type) {
            case DATE -> pick(DATE_JUNK, random);
            case INT, YEAR -> pick(INT_JUNK, random);
            case TIMESTAMP -> pick(TIMESTAMP_JUNK, random);
            case PERIOD -> pick(List.of("2025-Q5", "2025-Q0", "2025-13", "25", "2025-W01", "x", "2025-Q1-01",
                    "99999999999", "2025-03-01"), random);
            case RULE, SEVERITY, STATUS, GRANULARITY, INDICATOR, SORT -> pick(List.of("NOPE", "open", "not_enrolled",
                    "DUPLICATE_ENROLLMENT,NOPE", "' OR 1=1--", "-", "detectedAt;drop"), random);
            case INSURANCE -> pick(List.of("' OR '1'='1", "311", "3100", "-310", "310 OR 1=1"), random);
            case REGION -> pick(List.of("43100", "4310000", "43100a", "４３１０００", "-431000", "431000' --"), random);
            case INSTITUTION -> pick(List.of("H4310020012", "X43100200123", "h43100200123", "H43100200123 ",
                    "H43100200123\u0000"), random);
            case UUID -> pick(List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "1", "../x",
                    "00000000-0000-0000-0000-0000000000000"), random);
            case TEXT -> "HX" + pick(GENERIC, random);
        };
    }

    /** Percent-encodes a value, except the generic junk that is written already encoded. */
    static String encode(String value, boolean pathSegment) {
        if (value.length() > 1 && value.startsWith("%") && GENERIC.contains(value)) {
            return value;
        }
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        return pathSegment ? encoded.replace("+", "%20") : encoded;
    }

    private static Param p(String name, Type type) {
        return new Param(name, type);
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
