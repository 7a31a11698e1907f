package cn.ybjg.supervision.review;

import java.math.BigDecimal;

/** Body of POST /api/v1/flags/{id}/reviews. */
public record ReviewRequest(String decision, String note, BigDecimal recoveredAmount) {
}
