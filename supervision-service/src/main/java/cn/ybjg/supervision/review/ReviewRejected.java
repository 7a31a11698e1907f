package cn.ybjg.supervision.review;

import cn.ybjg.kit.FieldProblem;
import java.util.List;

/** A review whose fields break the rules (400), naming every bad field. */
public class ReviewRejected extends RuntimeException {
    public final transient List<FieldProblem> errors;

    public ReviewRejected(List<FieldProblem> errors) {
        super(String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
        this.errors = errors;
    }
}
