package cn.ybjg.indicators.api;

/** Example payloads for the OpenAPI document. */
final class Examples {
    private Examples() {
    }

    static final String INDICATORS = """
            {"regionCode":"431000","insuranceType":"310","period":"2025-Q1","from":"2025-01-01","to":"2025-03-31",
             "indicators":[
              {"code":"POLICY_SCOPE_INPATIENT_FUND_RATIO","nameZh":"政策范围内住院费用基金支付比例",
               "formula":"Σ(fundPayment + seriousIllnessPayment) / Σ policyScopeCost, inpatient",
               "value":0.8333333333,"percent":83.33333333,"numerator":27500.00,"denominator":33000.00,"reason":null},
              {"code":"ENROLLMENT_RATE","nameZh":"基本医疗保险参保率","formula":"…","value":null,"percent":null,
               "numerator":1200,"denominator":null,
               "reason":"no resident population configured for region 431000 in 2025 (add it to the seeds population data)"}]}""";

    static final String SERIES = """
            {"code":"DRG_PAYMENT_SHARE","regionCode":"431000","insuranceType":null,"granularity":"MONTH","points":[
              {"period":"2025-01","from":"2025-01-01","to":"2025-01-31","value":0.7300000000,"percent":73.00000000,
               "numerator":73000.00,"denominator":100000.00,"reason":null},
              {"period":"2025-02","from":"2025-02-01","to":"2025-02-28","value":null,"percent":null,
               "numerator":0.00,"denominator":0.00,"reason":"no settled inpatient settlements in the period"}]}""";

    static final String TARGETS = """
            [{"id":"CZ-2025-POLICY-SCOPE-310","regionCode":"431000","regionName":"郴州市",
              "indicator":"POLICY_SCOPE_INPATIENT_FUND_RATIO","derivable":true,"insuranceType":"310","year":2025,
              "comparator":"≈","value":80,"tolerance":2,"unit":"%","baseline":{"year":2020,"value":81},
              "description":"Employees' insurance pays about 80% of policy-scope inpatient costs",
              "descriptionZh":"城镇职工政策范围内住院费用医保支付比例稳定在80%左右",
              "source":{"document":"001_65d0c4f75aeeb8fa.txt","section":"二、(三)发展目标 “十四五”健康郴州建设主要指标 第20项"}}]""";

    static final String SCORECARD = """
            {"regionCode":"431000","regionName":"郴州市","year":2025,
             "summary":{"met":1,"notMet":1,"noData":0,"notDerivable":1},
             "items":[
              {"targetId":"CZ-2025-POLICY-SCOPE-310","indicator":"POLICY_SCOPE_INPATIENT_FUND_RATIO","insuranceType":"310",
               "comparator":"≈","target":80,"tolerance":2,"unit":"%","value":81.25000000,"met":true,"status":"MET",
               "gap":1.25000000,"numerator":81250.00,"denominator":100000.00,"reason":null,
               "source":{"document":"001_65d0c4f75aeeb8fa.txt","section":"… 第20项"}},
              {"targetId":"CZ-2025-DRG-SHARE","indicator":"DRG_PAYMENT_SHARE","insuranceType":null,"comparator":">=",
               "target":70,"tolerance":null,"unit":"%","value":64.00000000,"met":false,"status":"NOT_MET",
               "gap":-6.00000000,"numerator":64000.00,"denominator":100000.00,"reason":null,
               "source":{"document":"001_65d0c4f75aeeb8fa.txt","section":"… 第23项"}},
              {"targetId":"CZ-2025-OUT-OF-POCKET","indicator":"OUT_OF_POCKET_HEALTH_EXPENDITURE_SHARE","comparator":"≈",
               "target":27,"tolerance":2,"unit":"%","value":null,"met":null,"status":"NOT_DERIVABLE","gap":null,
               "reason":"not derivable from settlement or enrollment data",
               "source":{"document":"001_65d0c4f75aeeb8fa.txt","section":"… 第18项"}}]}""";

    static final String RELOADED = """
            {"targets":16,"population":1,"files":["seeds/population.yaml","seeds/targets.yaml"]}""";

    static final String FORBIDDEN = """
            {"type":"urn:ybjg:problem:forbidden","title":"Missing permission","status":403,"detail":"missing permission: region 441800 is not in the token's regions claim [431000]","missingPermission":"region:441800"}""";

    static final String BAD_REQUEST = """
            {"type":"urn:ybjg:problem:bad-parameter","title":"Bad query or path parameter","status":400,"detail":"query or path parameter 'period' must be a year (2025), a quarter (2025-Q1) or a month (2025-03)","errors":[{"field":"period","message":"must be a year (2025), a quarter (2025-Q1) or a month (2025-03)"}]}""";

    static final String RELOAD_FAILED = """
            {"type":"urn:ybjg:problem:seed-file-refused","title":"A seed file is malformed","status":422,"detail":"targets.yaml:42 (id CZ-2025-DRG-SHARE): comparator '=>' is not one of [>=, >, <=, <, ≈]"}""";
}
