package cn.ybjg.supervision.flags;

import cn.ybjg.supervision.api.Caller;
import cn.ybjg.kit.Params;
import cn.ybjg.kit.ProblemMappers;
import cn.ybjg.supervision.api.ErrorMappers;
import cn.ybjg.supervision.rules.Rules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Flags", description = "Findings of the supervision rules (疑点), within the caller's regions")
@RolesAllowed({"supervisor", "admin", "hospital"})
public class FlagResource {

    /** The known values of the ruleCode, severity and status filters (also of GET /flag-summary). */
    public static final List<String> RULE_CODES = Rules.ALL.stream().map(r -> r.code()).toList();
    public static final List<String> SEVERITIES = Arrays.stream(cn.ybjg.supervision.rules.Severity.values()).map(Enum::name).toList();
    public static final List<String> STATUSES = Arrays.stream(Flag.Status.values()).map(Enum::name).toList();

    @Inject
    FlagService service;
    @Inject
    Caller caller;
    @Inject
    ReadLog readLog;

    @GET
    @Operation(summary = "Search flags", description = "Paged, newest first by default; WITHDRAWN flags only with "
            + "status=WITHDRAWN; from/to filter the flag's periodDate; a supervisor sees its regions only, and each "
            + "of its searches is written to the audit log (FLAG_READ: query, rows, total); a hospital sees the flags "
            + "on its own institution's settlements (any region), and asking for another institution is a 403.")
    @APIResponse(responseCode = "200", description = "One page; the total in X-Total-Count",
            content = @Content(examples = @ExampleObject(name = "flags", value = Examples.FLAGS)))
    @APIResponse(responseCode = "400", description = "A bad filter or sort",
            content = @Content(examples = @ExampleObject(name = "bad", value = Examples.BAD_REQUEST)))
    @APIResponse(responseCode = "403", description = "Not a supervisor, admin or hospital, or another institution (hospital)",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public Response search(@QueryParam("ruleCode") String ruleCode, @QueryParam("severity") String severity,
            @QueryParam("status") String status, @QueryParam("institutionCode") String institutionCode,
            @QueryParam("regionCode") String regionCode, @QueryParam("personId") String personId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Params.Paging paging = Params.paging(page, size);
        Params.oneOf("ruleCode", ruleCode, RULE_CODES);
        Params.oneOf("severity", severity, SEVERITIES);
        Params.oneOf("status", status, STATUSES);
        Optional<String> own = caller.institutionScope();
        if (own.isPresent() && institutionCode != null && !institutionCode.equals(own.get())) {
            return ProblemMappers.forbidden("institution:" + institutionCode,
                    "your token is scoped to institution " + own.get() + ", not " + institutionCode);
        }
        // A hospital is scoped by its institution (its patients may be insured in any region), others by region.
        var query = new FlagQuery(ruleCode, severity, status, own.orElse(institutionCode), regionCode,
                Params.personId("personId", personId), from, to, sort, paging.page(), paging.size(),
                own.isPresent() ? Optional.empty() : caller.regionScope());
        var result = service.search(query);
        readLog.search(caller, query, result.flags().size(), result.total());
        return Response.ok(result.flags()).header("X-Total-Count", result.total()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One flag with its evidence and review history",
            description = "A flag outside the caller's regions answers 404, as if it did not exist. Reviews are listed "
                    + "oldest first. A supervisor's read is written to the audit log (FLAG_READ).")
    @APIResponse(responseCode = "200", description = "The flag",
            content = @Content(examples = @ExampleObject(name = "flag", value = Examples.FLAG)))
    @APIResponse(responseCode = "404", description = "No such flag in the caller's regions",
            content = @Content(examples = @ExampleObject(name = "notFound", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "403", description = "Not a supervisor, admin or hospital, or another institution (hospital)",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public Response get(@PathParam("id") UUID id) {
        Optional<String> own = caller.institutionScope();
        var flag = service.find(id, own.isPresent() ? Optional.empty() : caller.regionScope())
                .filter(f -> own.isEmpty() || own.get().equals(f.institutionCode()));
        readLog.one(caller, id, flag.isPresent());
        return flag.map(f -> Response.ok(f).build())
                .orElseGet(() -> ErrorMappers.notFound("no flag " + id + " in your regions"));
    }
}
