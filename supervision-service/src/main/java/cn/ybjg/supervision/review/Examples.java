package cn.ybjg.supervision.review;

/** Example payloads of the reviews API. */
final class Examples {
    private Examples() {
    }

    static final String CONFIRM = """
            {"decision":"CONFIRMED","note":"死亡后入院, 医院已退回基金","recoveredAmount":29500.00}""";

    static final String DISMISS = """
            {"decision":"DISMISSED","note":"死亡登记有误, 民政已更正"}""";

    static final String REOPEN = """
            {"decision":"OPEN","note":"复核: 追回金额需重新核定"}""";

    static final String REVIEWED = """
            {"id":"6f1c2a8e-3b7d-3c55-9a41-2d6f0e9b1c11","ruleCode":"DECEASED_ACTIVE","ruleVersion":1,
             "severity":"DEFINITE","settlementId":"S0001","institutionCode":"H43100200123","regionCode":"431000",
             "personId":"P0001","idNumberMasked":"431002********1234","insuranceType":"310","amountAtRisk":29500.00,
             "evidence":{"variant":"SETTLEMENT_AFTER_DEATH","dateOfDeath":"2025-02-20","admissionDate":"2025-03-01"},
             "periodDate":"2025-03-09","detectedAt":"2025-03-09T16:21:02+08:00","status":"CONFIRMED",
             "statusChangedAt":"2025-03-10T09:31:07+08:00","recoveredAmount":29500.00,
             "reviews":[{"id":"0b8f5a52-9d3e-4a61-8f0e-3c7d2b1a9e44","previousStatus":"OPEN","decision":"CONFIRMED",
                         "note":"死亡后入院, 医院已退回基金","recoveredAmount":29500.00,"reviewer":"zhang.wei",
                         "reviewedAt":"2025-03-10T09:31:07+08:00"}]}""";

    static final String BAD = """
            {"type":"urn:ybjg:problem:bad-review","title":"Invalid review","status":400,"detail":"invalid review: recoveredAmount: must not exceed the flag's amountAtRisk 29500.00","errors":[
              {"field":"recoveredAmount","message":"must not exceed the flag's amountAtRisk 29500.00"}]}""";

    static final String CONFLICT = """
            {"type":"urn:ybjg:problem:review-conflict","title":"The flag's state does not allow this review","status":409,"detail":"a CONFIRMED flag cannot be reviewed DISMISSED (re-open it first \
            with decision OPEN and a note)","code":"INVALID_TRANSITION","current":{"id":"6f1c2a8e-3b7d-3c55-9a41-2d6f0e9b1c11",
            "ruleCode":"DECEASED_ACTIVE","status":"CONFIRMED","recoveredAmount":29500.00,"reviews":[]}}""";

    static final String RACE = """
            {"type":"urn:ybjg:problem:review-conflict","title":"The flag's state does not allow this review","status":409,"detail":"flag 6f1c2a8e-3b7d-3c55-9a41-2d6f0e9b1c11 was changed by someone \
            else meanwhile","code":"CONCURRENT_REVIEW","current":{"id":"6f1c2a8e-3b7d-3c55-9a41-2d6f0e9b1c11","ruleCode":"DECEASED_ACTIVE",
            "status":"DISMISSED","recoveredAmount":null,"reviews":[{"decision":"DISMISSED","reviewer":"li.na"}]}}""";

    static final String NOT_FOUND = """
            {"type":"urn:ybjg:problem:not-found","title":"Not found","status":404,"detail":"no flag 6f1c2a8e-3b7d-3c55-9a41-2d6f0e9b1c11 in your regions"}""";

    static final String FORBIDDEN = """
            {"type":"urn:ybjg:problem:forbidden","title":"Missing permission","status":403,"detail":"this operation requires role supervisor or admin; your token does not carry it","missingPermission":"role supervisor or admin"}""";
}
