package cn.ybjg.supervision.audit;

import cn.ybjg.kit.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Append-only trail of rule changes, reviews, replays and supervisors' flag reads")
@RolesAllowed("admin")
public class AuditResource {

    @Inject
    AuditQuery query;

    @GET
    @Operation(summary = "Search the audit log", description = "Newest first; action one of RULE_CHANGE, REVIEW, "
            + "REPLAY_STARTED, REPLAY_FINISHED, FLAG_READ, ENGINE_PAUSED, ENGINE_RESUMED; from/to are dates "
            + "(Asia/Shanghai), both inclusive.")
    @APIResponse(responseCode = "200", description = "One page; the total in X-Total-Count",
            content = @Content(examples = @ExampleObject(name = "entries", value = Examples.ENTRIES)))
    @APIResponse(responseCode = "400", description = "Unknown action or bad date",
            content = @Content(examples = @ExampleObject(name = "bad", value = Examples.BAD_REQUEST)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public Response search(@QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Params.Paging paging = Params.paging(page, size);
        var result = query.search(action, actor, from, to, paging.page(), paging.size());
        return Response.ok(result.entries()).header("X-Total-Count", result.total()).build();
    }
}
