package cn.ybjg.claims.rest;

import cn.ybjg.claims.ingest.ConflictException;
import cn.ybjg.claims.ingest.InvalidRequestException;
import cn.ybjg.claims.ingest.MalformedInputException;
import cn.ybjg.claims.ingest.NotFoundException;
import cn.ybjg.claims.ingest.TooManyRecordsException;
import cn.ybjg.claims.security.ScopeForbiddenException;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** Maps domain and security exceptions to JSON error answers with actionable messages. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response malformed(MalformedInputException e) {
        return json(400, new ApiError(400, "MALFORMED_INPUT", e.getMessage(), null, e.line(), e.column()));
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(java.util.Map.of("status", 400, "error", "INVALID_REQUEST", "message", e.getMessage(),
                        "errors", e.errors())).build();
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRecordsException e) {
        return json(413, ApiError.of(413, "BATCH_TOO_LARGE", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return json(404, ApiError.of(404, "NOT_FOUND", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return json(409, ApiError.of(409, "CONFLICT", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response outOfScope(ScopeForbiddenException e) {
        return json(403, new ApiError(403, "FORBIDDEN", e.getMessage(), e.missingPermission(), null, null));
    }

    /** A role check failed: name the roles that would have been allowed. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, SimpleResourceInfo resource) {
        String needed = "a role allowed on this endpoint";
        Method method = resource == null ? null : findMethod(resource);
        RolesAllowed roles = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (roles == null && resource != null && resource.getResourceClass() != null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            needed = "role " + String.join(" or ", roles.value());
        }
        return json(403, new ApiError(403, "FORBIDDEN", "this operation requires " + needed
                + "; your token does not carry it", needed, null, null));
    }

    private static Method findMethod(SimpleResourceInfo resource) {
        return Arrays.stream(resource.getResourceClass().getMethods())
                .filter(m -> m.getName().equals(resource.getMethodName())
                        && Arrays.equals(m.getParameterTypes(), resource.parameterTypes()))
                .findFirst().orElse(null);
    }

    private static Response json(int status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
