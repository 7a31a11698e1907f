package cn.ybjg.kit;

import jakarta.ws.rs.WebApplicationException;

/**
 * Ends a request with a {@link Problem}. A {@link WebApplicationException}, so that it also passes unchanged through
 * the places where Quarkus REST rewraps other exceptions (parameter converters turn those into a 404).
 */
public class ProblemException extends WebApplicationException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.getDetail(), problem.toResponse());
        this.problem = problem;
    }

    public ProblemException(ProblemType kind, String detail) {
        this(Problem.of(kind, detail));
    }

    public Problem problem() {
        return problem;
    }
}
