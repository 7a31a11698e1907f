package cn.ybjg.claims.intake;

/** More records than one request may carry; answered with 413. */
public class TooManyRecordsException extends RuntimeException {

    public TooManyRecordsException(int max) {
        super("a batch carries at most " + max + " records; split the upload into several requests");
    }

    public TooManyRecordsException(String message) {
        super(message);
    }
}
