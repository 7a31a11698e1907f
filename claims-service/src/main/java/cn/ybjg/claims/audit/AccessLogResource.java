package cn.ybjg.claims.audit;

import cn.ybjg.claims.audit.AccessEntry;
import cn.ybjg.kit.Params;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.ybjg.claims.rest.Examples;

@Path("/api/v1/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access log", description = "Append-only log of supervisors' reads of settlement records")
@RolesAllowed("admin")
public class AccessLogResource {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One entry as the API shows it. */
    public record Entry(long id, OffsetDateTime at, String actor, String action, String target,
            Map<String, Object> details) {
    }

    @GET
    @Operation(summary = "Search the access log", description = "Newest first; actor is the token's name; from/to are"
            + " dates (Asia/Shanghai), both inclusive; total in X-Total-Count.")
    @APIResponse(responseCode = "200", description = "one page of entries",
            content = @Content(examples = @ExampleObject(name = "entries", value = Examples.ACCESS_LOG)))
    @APIResponse(responseCode = "403", description = "not an admin",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public Response search(@QueryParam("actor") String actor, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Params.Paging paging = Params.paging(page, size);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (actor != null && !actor.isBlank()) {
            where.add("actor = :actor");
            params.and("actor", actor);
        }
        if (from != null) {
            where.add("at >= :from");
            params.and("from", from.atStartOfDay(CHINA).toOffsetDateTime());
        }
        if (to != null) {
            where.add("at < :to");
            params.and("to", to.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
        }
        var query = AccessEntry.<AccessEntry>find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                Sort.descending("at", "id"), params);
        long total = query.count();
        List<Entry> entries = query.page(Page.of(paging.page(), paging.size())).list().stream()
                .map(e -> new Entry(e.id, e.at, e.actor, e.action, e.target, e.details)).toList();
        return Response.ok(entries).header("X-Total-Count", total).build();
    }
}
