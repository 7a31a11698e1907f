package cn.ybjg.supervision.replay;

import cn.ybjg.supervision.api.Caller;
import cn.ybjg.supervision.api.ErrorMappers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/replays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Replays", description = "Re-audit stored settlements of a window with the rule versions in force")
@RolesAllowed("admin")
public class ReplayResource {

    @Inject
    ReplayService service;
    @Inject
    ReplayRunner runner;
    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a replay", description = "Re-checks every person with a settlement whose periodDate is "
            + "in from..to with the given rules (empty = all; disabled rules are skipped) and reconciles the flags "
            + "whose periodDate is in the window. dryRun=true writes no flag and reports what would be added, removed "
            + "and changed; with parameters ({ruleCode: {parameter: value}}, dry run only) it tries proposed "
            + "parameters merged over the version in force, a backtest before a change goes live. dryRun=false "
            + "applies exactly the diff a dry run with the same rules reports. Reviewed flags are never touched. "
            + "Runs in the background: follow it with GET /api/v1/replays/{id}.")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "dryRun", value = Examples.REQUEST),
            @ExampleObject(name = "backtest", value = Examples.BACKTEST)}))
    @APIResponse(responseCode = "202", description = "Queued; Location names the job",
            content = @Content(examples = @ExampleObject(name = "queued", value = Examples.QUEUED)))
    @APIResponse(responseCode = "400", description = "Missing or bad dates, unknown rule, dryRun missing",
            content = @Content(examples = @ExampleObject(name = "bad", value = Examples.BAD_REQUEST)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public Response start(ReplayRequest request) {
        ReplayView job = service.create(request, caller.name());
        runner.submit(job.id());
        return Response.accepted(job).location(URI.create("/api/v1/replays/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A replay's progress and result", description = "done / total count settlements of the "
            + "window; result (when SUCCEEDED) has complete counts per rule and up to 1,000 flags per kind.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(examples = @ExampleObject(name = "done", value = Examples.DONE)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such replay",
            content = @Content(examples = @ExampleObject(name = "notFound", value = Examples.NOT_FOUND)))
    public Response get(@PathParam("id") UUID id) {
        return service.find(id).map(r -> Response.ok(r).build()).orElseGet(() -> ErrorMappers.notFound("no replay " + id));
    }
}
