package cn.ybjg.indicators.ingest;

/** A settlement's identity: (institutionCode, settlementId). */
public record SettlementKey(String institutionCode, String settlementId) {
}
