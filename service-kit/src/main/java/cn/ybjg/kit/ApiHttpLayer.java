package cn.ybjg.kit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What every {@code /api/} answer gets below Quarkus REST, where its exception mappers do not reach: the two
 * response headers for answers with personal data, and a {@link Problem} body for the errors raised by the HTTP
 * layer itself (a missing or rejected bearer token, a body over the size limit).
 */
@ApplicationScoped
public class ApiHttpLayer {

    static final String API = "/api/";
    private static final ObjectMapper JSON = new ObjectMapper();

    void headers(@Observes Filters filters) {
        filters.register(ctx -> {
            if (isApi(ctx)) {
                // Set when the headers go out, so no later handler can drop them; answers hold personal data.
                ctx.addHeadersEndHandler(v -> noStore(ctx.response()));
            }
            ctx.next();
        }, 100);
    }

    void failures(@Observes Router router) {
        router.route(API + "*").order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    private void failed(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        Problem problem;
        if (failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException
                || (failure == null && ctx.statusCode() == 401)) {
            problem = HttpProblems.unauthorized();
            response.putHeader("WWW-Authenticate", "Bearer");
        } else if (failure instanceof ForbiddenException) {
            problem = Problem.of(ProblemType.FORBIDDEN, HttpProblems.detail(403));
        } else if (failure == null && ctx.statusCode() >= 400) {
            problem = Problem.ofStatus(ctx.statusCode(), HttpProblems.detail(ctx.statusCode()));
        } else {
            Log.errorf("unexpected failure below the REST layer, answering 500: %s", SafeLog.describe(failure));
            problem = Problem.of(ProblemType.INTERNAL_ERROR, "an unexpected error occurred; it has been logged");
        }
        write(response, problem);
    }

    static void write(HttpServerResponse response, Problem problem) {
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (Exception e) {
            body = "{\"type\":\"" + problem.getType() + "\",\"status\":" + problem.getStatus() + "}";
        }
        // The security layer can fail a request before the filter above has run: set the headers here as well.
        noStore(response).setStatusCode(problem.getStatus()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }

    private static HttpServerResponse noStore(HttpServerResponse response) {
        response.headers().set("Cache-Control", "no-store").set("X-Content-Type-Options", "nosniff");
        return response;
    }

    private static boolean isApi(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        return path != null && path.startsWith(API);
    }
}
