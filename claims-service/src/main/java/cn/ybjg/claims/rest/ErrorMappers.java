package cn.ybjg.claims.rest;

import cn.ybjg.claims.settlement.ConflictException;
import cn.ybjg.claims.intake.InvalidRequestException;
import cn.ybjg.claims.intake.MalformedInputException;
import cn.ybjg.claims.settlement.NotFoundException;
import cn.ybjg.claims.intake.TooManyRecordsException;
import cn.ybjg.claims.security.ScopeForbiddenException;
import cn.ybjg.kit.FieldProblem;
import cn.ybjg.kit.Problem;
import cn.ybjg.kit.ProblemMappers;
import cn.ybjg.kit.ProblemType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * claims-service's own exceptions as problem+json answers; everything shared (parameters, JSON binding, roles,
 * database outage, last resort) is mapped by the service kit.
 */
public class ErrorMappers {

    static final ProblemType MALFORMED_INPUT = new ProblemType("malformed-input", "Malformed JSON or CSV", 400);
    static final ProblemType BATCH_TOO_LARGE = new ProblemType("batch-too-large", "Too many records in one request", 413);

    @ServerExceptionMapper
    public Response malformed(MalformedInputException e) {
        return Problem.of(MALFORMED_INPUT, e.getMessage()).with("line", e.line()).with("column", e.column()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Problem.of(ProblemType.INVALID_BODY, e.getMessage(),
                e.errors().stream().map(f -> new FieldProblem(f.field(), f.message())).toList()).toResponse();
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRecordsException e) {
        return Problem.of(BATCH_TOO_LARGE, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.of(ProblemType.NOT_FOUND, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return Problem.of(ProblemType.CONFLICT, e.getMessage()).toResponse();
    }

    /** The role allows the operation, but not on this institution or region: name the scope that is missing. */
    @ServerExceptionMapper
    public Response outOfScope(ScopeForbiddenException e) {
        return ProblemMappers.forbidden(e.missingPermission(), e.getMessage());
    }
}
