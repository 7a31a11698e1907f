package cn.ybjg.claims.settlement;

/** The request contradicts the record's state (e.g. already reversed); answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
