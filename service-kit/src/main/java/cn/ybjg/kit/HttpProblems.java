package cn.ybjg.kit;

/** Details of the plain HTTP errors, worded for the client that caused them. */
final class HttpProblems {

    private HttpProblems() {
    }

    static Problem unauthorized() {
        return Problem.of(ProblemType.UNAUTHORIZED, "send a valid bearer token (Authorization: Bearer …): it is"
                + " missing, expired, not yet valid, lives too long, is for another audience or issuer, or its"
                + " signature does not verify");
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "the request cannot be read";
            case 401 -> unauthorized().getDetail();
            case 403 -> "your token does not carry the permission this operation needs";
            case 404 -> "no resource at this path";
            case 405 -> "this method is not allowed on this path (see the Allow header)";
            case 406 -> "none of the media types in Accept can be produced here; accept application/json";
            case 413 -> "the request body is too large";
            case 415 -> "this content type is not accepted here; see the API description (/q/openapi) for the"
                    + " media types of this endpoint";
            default -> "the request failed with HTTP status " + status;
        };
    }
}
