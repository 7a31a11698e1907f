package cn.ybjg.supervision.replay;

/** Example payloads of the replays API. */
final class Examples {
    private Examples() {
    }

    static final String REQUEST = """
            {"from":"2025-01-01","to":"2025-03-31","ruleCodes":["READMISSION_15D"],"dryRun":true}""";

    static final String BACKTEST = """
            {"from":"2025-01-01","to":"2025-03-31","ruleCodes":["READMISSION_15D"],"dryRun":true,
             "parameters":{"READMISSION_15D":{"maxDays":10}}}""";

    static final String QUEUED = """
            {"id":"c0a8012e-5d1b-4f4e-9a77-1e0f3b2d4c55","from":"2025-01-01","to":"2025-03-31",
             "ruleCodes":["READMISSION_15D"],"dryRun":true,"parameters":null,"status":"QUEUED","done":0,"total":0,"result":null,
             "error":null,"actor":"admin","createdAt":"2025-04-01T10:00:00+08:00","startedAt":null,"finishedAt":null}""";

    static final String DONE = """
            {"id":"c0a8012e-5d1b-4f4e-9a77-1e0f3b2d4c55","from":"2025-01-01","to":"2025-03-31",
             "ruleCodes":["READMISSION_15D"],"dryRun":true,"parameters":null,"status":"SUCCEEDED","done":182340,"total":182340,
             "result":{"addedCount":1,"removedCount":1,"changedCount":0,
               "perRule":{"READMISSION_15D":{"added":1,"removed":1,"changed":0}},
               "added":[{"id":"0d4c8c9e-7a51-3f0b-8f0e-2b1d5a6c7e80","ruleCode":"READMISSION_15D","severity":"SUSPICIOUS",
                 "settlementId":"S0042","institutionCode":"H43100200123","regionCode":"431000","personId":"P0042",
                 "idNumberMasked":"431002********5678","amountAtRisk":4000.00,"periodDate":"2025-03-28"}],
               "removed":[{"id":"7b2f1e0d-2c3a-3d4e-9f5a-6b7c8d9e0f11","ruleCode":"READMISSION_15D","severity":"SUSPICIOUS",
                 "settlementId":"S0077","institutionCode":"H43100200456","regionCode":"431000","personId":"P0077",
                 "idNumberMasked":"431002********9012","amountAtRisk":2600.00,"periodDate":"2025-02-11"}],
               "changed":[],"truncated":false,"skippedRules":[]},
             "error":null,"actor":"admin","createdAt":"2025-04-01T10:00:00+08:00",
             "startedAt":"2025-04-01T10:00:00+08:00","finishedAt":"2025-04-01T10:01:12+08:00"}""";

    static final String BAD_REQUEST = """
            {"type":"urn:ybjg:problem:bad-request","title":"Bad request","status":400,"detail":"ruleCodes: unknown rule READMISSION_30D"}""";

    static final String NOT_FOUND = """
            {"type":"urn:ybjg:problem:not-found","title":"Not found","status":404,"detail":"no replay c0a8012e-5d1b-4f4e-9a77-1e0f3b2d4c55"}""";

    static final String FORBIDDEN = """
            {"type":"urn:ybjg:problem:forbidden","title":"Missing permission","status":403,"detail":"this operation requires role admin; your token does not carry it","missingPermission":"role admin"}""";
}
