package cn.ybjg.indicators.api;

import cn.ybjg.indicators.ingest.DatabaseOutage;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Last resort: a database that cannot be reached or has no free connection answers 503 with Retry-After (the same
 * request may be sent again); anything else a JSON 500, logged. Exceptions with a more specific mapper never get here.
 */
public class DatabaseOutageMapper {
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (e instanceof WebApplicationException web) return web.getResponse();
        if (DatabaseOutage.causedBy(e)) {
            Log.warnf("database unavailable, answering 503: %s", e.getClass().getName());
            return Response.status(503).type(MediaType.APPLICATION_JSON).header("Retry-After", RETRY_AFTER_SECONDS)
                    .entity(new ApiError(503, "Service Unavailable", "the database of indicators-service is busy or"
                            + " unavailable; retry after " + RETRY_AFTER_SECONDS + " seconds")).build();
        }
        Log.error("unexpected failure, answering 500", e);
        return Response.status(500).type(MediaType.APPLICATION_JSON).entity(new ApiError(500, "Internal Server Error",
                "an unexpected error occurred in indicators-service; it has been logged")).build();
    }
}
