package cn.ybjg.supervision.audit;

/** Example payloads of the audit log API. */
final class Examples {
    private Examples() {
    }

    static final String ENTRIES = """
            [{"id":412,"at":"2025-03-10T09:31:07+08:00","actor":"zhang.wei","action":"REVIEW",
              "target":"flag:6f1c2a8e-3b7d-3c55-9a41-2d6f0e9b1c11",
              "details":{"reviewId":"0b8f5a52-9d3e-4a61-8f0e-3c7d2b1a9e44","from":"OPEN","decision":"CONFIRMED",
                         "note":"死亡后入院, 已追回","recoveredAmount":29500.00}},
             {"id":411,"at":"2025-03-10T09:30:12+08:00","actor":"zhang.wei","action":"FLAG_READ",
              "target":"flags","details":{"query":{"ruleCode":"DECEASED_ACTIVE","status":"OPEN"},"rows":1,"total":1}},
             {"id":410,"at":"2025-03-09T18:02:45+08:00","actor":"admin","action":"RULE_CHANGE",
              "target":"rule:READMISSION_15D","details":{"version":2,"enabled":true,"parameters":{"maxDays":10}}}]""";

    static final String BAD_REQUEST = """
            {"type":"urn:ybjg:problem:bad-request","title":"Bad request","status":400,"detail":"action: must be one of [RULE_CHANGE, REVIEW, REPLAY_STARTED, \
            REPLAY_FINISHED, FLAG_READ, ENGINE_PAUSED, ENGINE_RESUMED]"}""";

    static final String FORBIDDEN = """
            {"type":"urn:ybjg:problem:forbidden","title":"Missing permission","status":403,"detail":"this operation requires role admin; your token does not carry it","missingPermission":"role admin"}""";
}
