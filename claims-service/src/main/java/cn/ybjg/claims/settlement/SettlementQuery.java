package cn.ybjg.claims.settlement;

import java.time.LocalDate;

/** Search criteria of GET /api/v1/settlements; from/to bound the settlement date (Asia/Shanghai), inclusive. */
public record SettlementQuery(String personId, String institutionCode, LocalDate from, LocalDate to, int page, int size) {

    public SettlementQuery {
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), 500);
    }
}
