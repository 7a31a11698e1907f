package cn.ybjg.supervision.stats;

/** Example payloads of the rule statistics API. */
final class Examples {
    private Examples() {
    }

    static final String STATS = """
            [{"ruleCode":"DECEASED_ACTIVE","ruleVersion":1,"flags":40,"open":12,"confirmed":21,"dismissed":7,
              "withdrawn":3,"precision":0.7500,"amountAtRisk":412880.50,"recovered":198000.00},
             {"ruleCode":"READMISSION_15D","ruleVersion":1,"flags":310,"open":260,"confirmed":10,"dismissed":40,
              "withdrawn":0,"precision":0.2000,"amountAtRisk":1203388.00,"recovered":52000.00},
             {"ruleCode":"READMISSION_15D","ruleVersion":2,"flags":95,"open":80,"confirmed":9,"dismissed":6,
              "withdrawn":0,"precision":0.6000,"amountAtRisk":402560.00,"recovered":61000.00}]""";

    static final String BAD_REQUEST = """
            {"type":"urn:ybjg:problem:bad-request","title":"Bad request","status":400,"detail":"from: must not be after to"}""";

    static final String FORBIDDEN = """
            {"type":"urn:ybjg:problem:forbidden","title":"Missing permission","status":403,"detail":"this operation requires role supervisor or admin; your token does not carry it","missingPermission":"role supervisor or admin"}""";
}
