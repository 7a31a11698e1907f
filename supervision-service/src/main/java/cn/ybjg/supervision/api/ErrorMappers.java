package cn.ybjg.supervision.api;

import cn.ybjg.kit.FieldProblem;
import cn.ybjg.kit.Problem;
import cn.ybjg.kit.ProblemType;
import cn.ybjg.supervision.catalog.BadParameterException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * supervision-service's own exceptions as problem+json answers; everything shared (parameters, JSON binding,
 * roles, tokens, database outage, last resort) is mapped by the service kit.
 */
public class ErrorMappers {

    static final ProblemType BAD_RULE_PARAMETER = new ProblemType("bad-rule-parameter", "Bad rule parameter", 400);

    /** Rule parameters that are unknown, of the wrong type or out of range, each named as parameters.NAME. */
    @ServerExceptionMapper
    public Response badParameter(BadParameterException e) {
        List<FieldProblem> errors = e.problems.stream().map(p -> {
            int colon = p.indexOf(':');
            return new FieldProblem(colon > 0 ? "parameters." + p.substring(0, colon) : "parameters",
                    colon > 0 ? p.substring(colon + 1).trim() : p);
        }).toList();
        return Problem.of(BAD_RULE_PARAMETER, "invalid rule parameters: " + e.getMessage(), errors).toResponse();
    }

    /**
     * The services of this module refuse a bad request as IllegalArgumentException("field: message"); the field
     * before the colon is named in errors.
     */
    @ServerExceptionMapper
    public Response badRequest(IllegalArgumentException e) {
        return badRequest(e.getMessage());
    }

    public static Response badRequest(String message) {
        String text = message == null ? "bad request" : message;
        int colon = text.indexOf(':');
        List<FieldProblem> errors = colon > 0 && colon < 60
                ? List.of(new FieldProblem(text.substring(0, colon).trim(), text.substring(colon + 1).trim())) : List.of();
        return Problem.of(ProblemType.BAD_REQUEST, text, errors).toResponse();
    }

    public static Response notFound(String detail) {
        return Problem.of(ProblemType.NOT_FOUND, detail).toResponse();
    }
}
