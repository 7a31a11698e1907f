package cn.ybjg.indicators.api;

import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A role check that failed (@RolesAllowed): 403 naming the roles the endpoint needs. */
@Provider
public class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {
    @Override
    public Response toResponse(ForbiddenException e) {
        return Response.status(403).type(MediaType.APPLICATION_JSON).entity(new ApiError(403, "Forbidden",
                "missing permission: this endpoint needs role supervisor or admin (reloading targets: admin)")).build();
    }
}
