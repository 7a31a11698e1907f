package cn.ybjg.claims.settlement;

/** No such record (or not visible to the caller); answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
