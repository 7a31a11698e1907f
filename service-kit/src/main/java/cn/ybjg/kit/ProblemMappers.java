package cn.ybjg.kit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Turns every failure that reaches Quarkus REST into a {@link Problem}. Services map their own domain exceptions
 * (which win, being more specific) to Problems too; this class covers what all of them share.
 */
public class ProblemMappers {

    public static final int RETRY_AFTER_SECONDS = 5;

    /** Problems thrown on purpose, and the HTTP errors Quarkus REST raises itself (404, 405, 406, 415, …). */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getEntity() instanceof Problem) {
            return original;
        }
        int status = original.getStatus();
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // A path or query parameter of a type without its own converter did not convert (JAX-RS says 404).
            return Problem.of(ProblemType.BAD_PARAMETER, "a query or path parameter could not be read").toResponse();
        }
        Response.ResponseBuilder answer = Problem.ofStatus(status, HttpProblems.detail(status)).toResponseBuilder();
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, "Retry-After")) {
            if (original.getHeaderString(header) != null) {
                answer.header(header, original.getHeaderString(header));
            }
        }
        return answer.build();
    }

    /** A request body whose JSON does not bind: 400 naming the field path, never the value sent. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = JsonFieldPath.of(e);
        String message = JsonFieldPath.expectation(e.getTargetType());
        return Problem.of(ProblemType.INVALID_BODY, field.isEmpty() ? "the body " + message
                        : "field '" + field + "' " + message,
                List.of(new FieldProblem(field.isEmpty() ? "body" : field, message))).toResponse();
    }

    /** Malformed JSON, or a value a deserializer refused: 400 with where it happened. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonFieldPath.of(mapping);
            return Problem.of(ProblemType.INVALID_BODY, "field '" + field + "' has a value that cannot be read",
                    List.of(new FieldProblem(field, "cannot be read"))).toResponse();
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return Problem.of(ProblemType.INVALID_BODY, "the body is not well-formed JSON" + where)
                .with("line", at == null ? null : at.getLineNr())
                .with("column", at == null ? null : at.getColumnNr()).toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e) {
        return HttpProblems.unauthorized().toResponseBuilder().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A role check (@RolesAllowed) failed: name the roles that would have been allowed. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, SimpleResourceInfo resource) {
        String needed = RequiredRoles.of(resource).map(roles -> "role " + String.join(" or ", roles))
                .orElse("a role this operation allows");
        return forbidden(needed, "this operation requires " + needed + "; your token does not carry it");
    }

    /** 403 naming what is missing: a role ({@code role admin}) or a scope ({@code institution:H43…}, {@code region:431000}). */
    public static Response forbidden(String missingPermission, String detail) {
        return Problem.of(ProblemType.FORBIDDEN, detail).with("missingPermission", missingPermission).toResponse();
    }

    /**
     * Last resort. A database that cannot be reached or has no free connection: 503 with Retry-After (the same
     * request may simply be sent again). Anything else: 500, logged without the request and with ID numbers masked.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        return answer(e);
    }

    public static Response answer(Throwable e) {
        String service = ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class)
                .orElse("the service");
        if (DatabaseOutage.causedBy(e)) {
            Log.warnf("database unavailable, answering 503: %s", e.getClass().getName());
            return Problem.of(ProblemType.DATABASE_UNAVAILABLE, "the database of " + service + " is busy or"
                            + " unavailable right now; send the same request again after " + RETRY_AFTER_SECONDS
                            + " seconds (records stored before the outage come back as duplicates)")
                    .toResponseBuilder().header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
        }
        Log.errorf("unexpected failure, answering 500: %s", SafeLog.describe(e));
        return Problem.of(ProblemType.INTERNAL_ERROR, "an unexpected error occurred in " + service
                + "; it has been logged").toResponse();
    }
}
