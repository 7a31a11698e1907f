package cn.ybjg.supervision.api;

import cn.ybjg.supervision.catalog.BadParameterException;
import cn.ybjg.supervision.ingest.DatabaseOutage;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** JSON error bodies; a 403 names the role the operation needs. */
public class ErrorMappers {
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e) {
        var errors = e.problems.stream().map(p -> {
            int colon = p.indexOf(':');
            return new ErrorBody.FieldError(colon > 0 ? "parameters." + p.substring(0, colon) : "parameters",
                    colon > 0 ? p.substring(colon + 1).trim() : p);
        }).toList();
        return json(400, new ErrorBody("BAD_PARAMETER", "invalid rule parameters: " + e.getMessage(), errors));
    }

    @ServerExceptionMapper
    public Response badRequest(IllegalArgumentException e) {
        return json(400, ErrorBody.of("BAD_REQUEST", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, SimpleResourceInfo info) {
        String needed = "a role this operation allows";
        if (info != null && info.getResourceClass() != null) {
            RolesAllowed ra = Arrays.stream(info.getResourceClass().getMethods())
                    .filter(m -> m.getName().equals(info.getMethodName()))
                    .map(m -> m.getAnnotation(RolesAllowed.class)).filter(a -> a != null).findFirst()
                    .orElse(info.getResourceClass().getAnnotation(RolesAllowed.class));
            if (ra != null) needed = "role " + String.join(" or ", ra.value());
        }
        return json(403, ErrorBody.of("FORBIDDEN", "missing permission: requires " + needed));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return json(401, ErrorBody.of("UNAUTHORIZED", "a valid bearer token is required"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().hasEntity()) return e.getResponse();
        return json(status, ErrorBody.of(Response.Status.fromStatusCode(status) == null ? "ERROR"
                : Response.Status.fromStatusCode(status).name(), e.getMessage()));
    }

    /**
     * Last resort (the mappers above take their own exceptions): a database that cannot be reached or has no free
     * connection answers 503 with Retry-After (the request may simply be sent again); anything else a JSON 500, logged.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            Log.warnf("database unavailable, answering 503: %s", e.getClass().getName());
            return Response.status(503).type(MediaType.APPLICATION_JSON).header("Retry-After", RETRY_AFTER_SECONDS)
                    .entity(ErrorBody.of("DATABASE_UNAVAILABLE", "the database of supervision-service is busy or"
                            + " unavailable; retry after " + RETRY_AFTER_SECONDS + " seconds")).build();
        }
        Log.error("unexpected failure, answering 500", e);
        return json(500, ErrorBody.of("INTERNAL_ERROR", "an unexpected error occurred in supervision-service; it has"
                + " been logged"));
    }

    static Response json(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
