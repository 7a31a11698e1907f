package cn.ybjg.supervision.api;

import java.util.List;

/** Every error answer: a message and, for bad input, the offending fields. */
public record ErrorBody(String error, String message, List<FieldError> errors) {

    /** One bad field or parameter. */
    public record FieldError(String field, String message) {
    }

    public static ErrorBody of(String error, String message) {
        return new ErrorBody(error, message, List.of());
    }
}
