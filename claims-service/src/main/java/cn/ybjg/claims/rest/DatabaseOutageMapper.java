package cn.ybjg.claims.rest;

import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Last-resort mapper: a failure caused by an unreachable database answers 503 with {@code Retry-After} (the
 * client resubmits the same batch later; records stored before the outage come back as duplicates), any other
 * unexpected failure a JSON 500. Exceptions with a more specific mapper never reach it.
 */
public class DatabaseOutageMapper {

    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (e instanceof WebApplicationException web) {
            return web.getResponse();
        }
        return answer(e);
    }

    static Response answer(Throwable e) {
        if (DatabaseOutage.isCause(e)) {
            Log.warnf("database unavailable, answering 503: %s", e.getClass().getName());
            return Response.status(503).type(MediaType.APPLICATION_JSON)
                    .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                    .entity(ApiError.of(503, "DATABASE_UNAVAILABLE", "the database of claims-service is"
                            + " unavailable right now; retry the same request after " + RETRY_AFTER_SECONDS
                            + " seconds (records stored before the outage come back as duplicates)"))
                    .build();
        }
        Log.error("unexpected failure, answering 500", e);
        return Response.status(500).type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(500, "INTERNAL_ERROR", "an unexpected error occurred in claims-service;"
                        + " it has been logged"))
                .build();
    }
}
