package cn.ybjg.supervision.flags;

/** Example payloads of the flags API. */
final class Examples {
    private Examples() {
    }

    static final String FLAG = """
            {"id":"6f1c2a8e-3b7d-3c55-9a41-2d6f0e9b1c11","ruleCode":"DECEASED_ACTIVE","ruleVersion":1,
             "severity":"DEFINITE","settlementId":"S0001","institutionCode":"H43100200123","regionCode":"431000",
             "personId":"P0001","idNumberMasked":"431002********1234","insuranceType":"310","amountAtRisk":29500.00,
             "evidence":{"variant":"SETTLEMENT_AFTER_DEATH","dateOfDeath":"2025-02-20","deathSource":"CIVIL_AFFAIRS",
                         "admissionDate":"2025-03-01","settlementId":"S0001"},
             "periodDate":"2025-03-09","detectedAt":"2025-03-09T16:21:02+08:00","status":"OPEN",
             "statusChangedAt":"2025-03-09T16:21:02+08:00","recoveredAmount":null}""";

    static final String FLAGS = "[" + FLAG + "]";

    static final String BAD_REQUEST = """
            {"type":"urn:ybjg:problem:bad-request","title":"Bad request","status":400,"detail":"sort: unknown field 'cost', use one of [amountAtRisk, detectedAt, \
            institutionCode, periodDate, regionCode, ruleCode, severity, status] with an optional '-' prefix for descending",
             "errors":[{"field":"sort","message":"unknown field 'cost', use one of [amountAtRisk, detectedAt, \
            institutionCode, periodDate, regionCode, ruleCode, severity, status] with an optional '-' prefix for descending"}]}""";

    static final String NOT_FOUND = """
            {"type":"urn:ybjg:problem:not-found","title":"Not found","status":404,"detail":"no flag 6f1c2a8e-3b7d-3c55-9a41-2d6f0e9b1c11 in your regions"}""";

    static final String FORBIDDEN = """
            {"type":"urn:ybjg:problem:forbidden","title":"Missing permission","status":403,"detail":"this operation requires role supervisor or admin; your token does not carry it","missingPermission":"role supervisor or admin"}""";
}
