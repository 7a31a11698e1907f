package cn.ybjg.supervision.review;

import cn.ybjg.supervision.api.ErrorBody;
import java.util.List;

/** A review whose fields break the rules (400), naming every bad field. */
public class ReviewRejected extends RuntimeException {
    public final transient List<ErrorBody.FieldError> errors;

    public ReviewRejected(List<ErrorBody.FieldError> errors) {
        super(String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
        this.errors = errors;
    }
}
