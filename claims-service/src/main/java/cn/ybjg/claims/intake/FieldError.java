package cn.ybjg.claims.intake;

/** One broken field of a submitted record, with a message an integrator can act on. */
public record FieldError(String field, String message) {
}
