package cn.ybjg.claims.intake;

/** The body is not valid JSON / CSV; answered with 400 naming the line and column. */
public class MalformedInputException extends RuntimeException {

    private final long line;
    private final long column;

    public MalformedInputException(String message, long line, long column) {
        super(cn.ybjg.claims.privacy.IdNumbers.redact(message));
        this.line = line;
        this.column = column;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}
