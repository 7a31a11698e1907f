package cn.ybjg.claims.rest;

/** Example payloads shown in the OpenAPI document. */
public final class Examples {

    private Examples() {
    }

    public static final String SETTLEMENT_BATCH = """
            [{"settlementId":"S0001","institutionCode":"H43100200123","regionCode":"431000","personId":"P0001",
              "idNumber":"43100219600501127X","gender":"1","birthDate":"1960-05-01","insuranceType":"310",
              "medicalType":"21","admissionDate":"2025-03-01","dischargeDate":"2025-03-09",
              "settlementTime":"2025-03-09T16:20:00+08:00","primaryDiagnosis":"I21.000",
              "secondaryDiagnoses":["E11.900"],"procedures":["36.0601"],"drgCode":"FM19","paymentMethod":"DRG",
              "totalCost":36500.00,"policyScopeCost":33000.00,"fundPayment":26000.00,"seriousIllnessPayment":1500.00,
              "medicalAssistancePayment":0,"personalAccountPayment":2000.00,"cashPayment":7000.00,
              "lines":[{"code":"XB01","category":"DRUG","quantity":2,"unitPrice":100.00,"amount":200.00}]}]
            """;

    public static final String SETTLEMENT_CSV = """
            settlementId,institutionCode,regionCode,personId,idNumber,gender,birthDate,insuranceType,medicalType,admissionDate,dischargeDate,settlementTime,primaryDiagnosis,secondaryDiagnoses,procedures,drgCode,paymentMethod,totalCost,policyScopeCost,fundPayment,seriousIllnessPayment,medicalAssistancePayment,personalAccountPayment,cashPayment
            S0001,H43100200123,431000,P0001,43100219600501127X,1,1960-05-01,310,21,2025-03-01,2025-03-09,2025-03-09T16:20:00+08:00,I21.000,E11.900;I10.x00,36.0601,FM19,DRG,36500.00,33000.00,26000.00,1500.00,0,2000.00,7000.00
            """;

    public static final String BATCH_OK = """
            {"accepted":2,"duplicates":1,"rejected":[]}
            """;

    public static final String BATCH_REJECTED = """
            {"accepted":1,"duplicates":0,"rejected":[{"index":1,"settlementId":"S0002","errors":[
              {"field":"idNumber","message":"has a wrong check digit (ISO 7064 MOD 11-2): check the number for a typing error"},
              {"field":"totalCost","message":"must equal fundPayment + seriousIllnessPayment + medicalAssistancePayment + personalAccountPayment + cashPayment = 36400.00, got 36500.00"}]}]}
            """;

    public static final String MALFORMED = """
            {"type":"urn:ybjg:problem:malformed-input","title":"Malformed JSON or CSV","status":400,"detail":"malformed JSON at line 3, column 17: Unexpected character ('}' (code 125)): was expecting double-quote to start field name","line":3,"column":17}
            """;

    public static final String TOO_LARGE = """
            {"type":"urn:ybjg:problem:batch-too-large","title":"Too many records in one request","status":413,"detail":"a batch carries at most 10000 records; split the upload into several requests"}
            """;

    public static final String FORBIDDEN = """
            {"type":"urn:ybjg:problem:forbidden","title":"Missing permission","status":403,"detail":"this operation requires role hospital or admin; your token does not carry it","missingPermission":"role hospital or admin"}
            """;

    public static final String ACCESS_LOG = """
            [{"id": 12, "at": "2025-03-02T10:15:04+08:00", "actor": "supervisor-cz", "action": "SETTLEMENT_SEARCH",
              "target": "settlements", "details": {"query": {"personId": "P0001", "page": 0, "size": 50},
              "regions": ["431000"], "rows": 3, "total": 3}}]
            """;

    public static final String SETTLEMENT_VIEW = """
            {"settlementId":"S0001","institutionCode":"H43100200123","regionCode":"431000","personId":"P0001",
             "idNumberMasked":"431002********127X","gender":"1","birthYear":1960,"insuranceType":"310",
             "medicalType":"21","admissionDate":"2025-03-01","dischargeDate":"2025-03-09",
             "settlementTime":"2025-03-09T16:20:00+08:00","primaryDiagnosis":"I21.000","secondaryDiagnoses":["E11.900"],
             "procedures":["36.0601"],"drgCode":"FM19","paymentMethod":"DRG","totalCost":36500.00,"policyScopeCost":33000.00,
             "fundPayment":26000.00,"seriousIllnessPayment":1500.00,"medicalAssistancePayment":0.00,
             "personalAccountPayment":2000.00,"cashPayment":7000.00,
             "lines":[{"code":"XB01","category":"DRUG","quantity":2,"unitPrice":100.00,"amount":200.00}],
             "status":"SETTLED","ingestedAt":"2025-03-09T16:21:03.125+08:00","reversedAt":null,
             "submittedBy":"his-h43100200123","reversedBy":null,"reversalReason":null}
            """;

    public static final String REVERSED_VIEW = """
            {"settlementId":"S0001","institutionCode":"H43100200123","regionCode":"431000","personId":"P0001",
             "idNumberMasked":"431002********127X","totalCost":36500.00,"status":"REVERSED",
             "ingestedAt":"2025-03-09T16:21:03.125+08:00","reversedAt":"2025-03-10T09:00:00.000+08:00",
             "submittedBy":"his-h43100200123","reversedBy":"his-h43100200123","reversalReason":"wrong ward billed"}
            """;

    public static final String NOT_FOUND = """
            {"type":"urn:ybjg:problem:not-found","title":"Not found","status":404,"detail":"no settlement S0009 of institution H43100200123"}
            """;

    public static final String ALREADY_REVERSED = """
            {"type":"urn:ybjg:problem:conflict","title":"Conflicts with the current state","status":409,"detail":"settlement S0001 of institution H43100200123 was already reversed at 2025-03-10T09:00+08:00"}
            """;

    public static final String ENROLLMENTS = """
            [{"personId":"P0001","idNumber":"43100219600501127X","insuranceType":"310","regionCode":"431000",
              "startDate":"2024-01-01","endDate":null,"status":"ACTIVE"}]
            """;

    public static final String DEATHS = """
            [{"idNumber":"43100219600501127X","dateOfDeath":"2025-02-01","source":"CIVIL_AFFAIRS"}]
            """;

    public static final String REGISTRY_REJECTED = """
            {"accepted":0,"duplicates":0,"rejected":[{"index":0,"settlementId":null,"errors":[
              {"field":"endDate","message":"must not be before startDate 2024-01-01"}]}]}
            """;
}
