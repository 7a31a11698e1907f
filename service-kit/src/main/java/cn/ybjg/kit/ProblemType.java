package cn.ybjg.kit;

/**
 * The kind of an error answer: its {@code type} URI, a short title that does not vary between occurrences, and the
 * HTTP status. Services add their own kinds (e.g. a review conflict) next to these common ones.
 */
public record ProblemType(String slug, String title, int status) {

    public static final ProblemType BAD_PARAMETER = new ProblemType("bad-parameter", "Bad query or path parameter", 400);
    public static final ProblemType INVALID_BODY = new ProblemType("invalid-body", "Request body does not fit the schema", 400);
    public static final ProblemType BAD_REQUEST = new ProblemType("bad-request", "Bad request", 400);
    public static final ProblemType UNAUTHORIZED = new ProblemType("unauthorized", "Bearer token missing or invalid", 401);
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", "Missing permission", 403);
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", "Not found", 404);
    public static final ProblemType CONFLICT = new ProblemType("conflict", "Conflicts with the current state", 409);
    public static final ProblemType DATABASE_UNAVAILABLE = new ProblemType("database-unavailable", "Database unavailable", 503);
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", "Internal error", 500);

    /** Stable, non-resolvable identifiers: clients switch on them, nobody needs to fetch them. */
    public String uri() {
        return "urn:ybjg:problem:" + slug;
    }
}
