package cn.ybjg.supervision.catalog;

/** Example payloads of the rules API. */
final class Examples {
    private Examples() {
    }

    static final String RULE = """
            {"ruleCode":"READMISSION_15D","nameZh":"分解住院","description":"an inpatient admission of the same person \
            at the same institution 0 to 15 days after an earlier stay's dischargeDate, with the same 3-character primary \
            diagnosis category","enabled":true,"version":2,"parameters":{"maxDays":15,"categoryLength":3},
             "versionCreatedAt":"2025-03-01T09:00:00+08:00","versionCreatedBy":"admin"}""";

    static final String RULES = "[" + RULE + "]";

    static final String CHANGE = """
            {"enabled":true,"parameters":{"maxDays":10}}""";

    static final String BAD_PARAMETER = """
            {"type":"urn:ybjg:problem:bad-rule-parameter","title":"Bad rule parameter","status":400,"detail":"invalid rule parameters: maxDays: must be between 0 and 365",
             "errors":[{"field":"parameters.maxDays","message":"must be between 0 and 365"}]}""";

    static final String NOT_FOUND = """
            {"type":"urn:ybjg:problem:not-found","title":"Not found","status":404,"detail":"no rule NO_SUCH_RULE"}""";

    static final String FORBIDDEN = """
            {"type":"urn:ybjg:problem:forbidden","title":"Missing permission","status":403,"detail":"this operation requires role admin; your token does not carry it","missingPermission":"role admin"}""";
}
