package cn.ybjg.supervision.catalog;

import cn.ybjg.supervision.api.Caller;
import cn.ybjg.supervision.api.ErrorMappers;
import cn.ybjg.supervision.rules.Rules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The rule catalog: parameters, enabled, versions")
public class RuleResource {

    @Inject
    RuleService service;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Every rule with the version in force")
    @APIResponse(responseCode = "200", description = "The catalog",
            content = @Content(examples = @ExampleObject(name = "rules", value = Examples.RULES)))
    public List<RuleView> list() {
        return service.list();
    }

    @GET
    @Path("/{ruleCode}")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "One rule with the version in force")
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(examples = @ExampleObject(name = "rule", value = Examples.RULE)))
    @APIResponse(responseCode = "404", description = "Unknown rule code",
            content = @Content(examples = @ExampleObject(name = "notFound", value = Examples.NOT_FOUND)))
    public Response get(@PathParam("ruleCode") String ruleCode) {
        return service.get(ruleCode).map(r -> Response.ok(r).build()).orElseGet(() -> notFound(ruleCode));
    }

    @PUT
    @Path("/{ruleCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Change parameters or enabled", description = "Makes a new version; given parameters are "
            + "merged over the current ones and validated (400 names every bad parameter). Flags made from now on "
            + "carry the new version.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "change", value = Examples.CHANGE)))
    @APIResponse(responseCode = "200", description = "The new version",
            content = @Content(examples = @ExampleObject(name = "rule", value = Examples.RULE)))
    @APIResponse(responseCode = "400", description = "A bad or unknown parameter",
            content = @Content(examples = @ExampleObject(name = "bad", value = Examples.BAD_PARAMETER)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Unknown rule code",
            content = @Content(examples = @ExampleObject(name = "notFound", value = Examples.NOT_FOUND)))
    public Response put(@PathParam("ruleCode") String ruleCode, RuleChange change) {
        if (Rules.byCode(ruleCode) == null) return notFound(ruleCode);
        if (change == null) throw new IllegalArgumentException("body: a JSON object {enabled, parameters} is required");
        return Response.ok(service.change(ruleCode, change, caller.name())).build();
    }

    private static Response notFound(String ruleCode) {
        return ErrorMappers.notFound("no rule " + ruleCode);
    }
}
