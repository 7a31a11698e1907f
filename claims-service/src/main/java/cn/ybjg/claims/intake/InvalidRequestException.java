package cn.ybjg.claims.intake;

import java.util.List;

/** A request body (other than a batch, which answers per record) with bad fields; answered 400 naming each. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("invalid request: " + errors.stream().map(e -> e.field().isEmpty() ? e.message() : e.field() + " " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
