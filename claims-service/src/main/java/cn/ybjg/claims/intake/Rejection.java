package cn.ybjg.claims.intake;

import java.util.List;

/** A record of a batch that was not stored: its 0-based index, its key if readable, and every broken field. */
public record Rejection(int index, String settlementId, List<FieldError> errors) {
}
