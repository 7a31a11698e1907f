package cn.ybjg.claims.security;

/** The caller's role allows the operation, but not on this institution / region; answered with 403. */
public class ScopeForbiddenException extends RuntimeException {

    private final String missingPermission;

    public ScopeForbiddenException(String missingPermission, String message) {
        super(message);
        this.missingPermission = missingPermission;
    }

    public String missingPermission() {
        return missingPermission;
    }
}
