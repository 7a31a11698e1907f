package cn.ybjg.indicators.ingest;

/** A record that can never be applied (unparseable, wrong schema, missing fields): it goes to the DLQ. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }
}
