package cn.ybjg.claims.intake;

import java.util.List;

/** Outcome of validating one record: the typed value, or every broken field. */
public record Validated<T>(T value, List<FieldError> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
