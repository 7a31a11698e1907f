package cn.ybjg.supervision.review;

/** A review the flag's current state does not allow (409): a forbidden transition or a lost race. */
public class ReviewConflict extends RuntimeException {
    public final String code;

    public ReviewConflict(String code, String message) {
        super(message);
        this.code = code;
    }
}
