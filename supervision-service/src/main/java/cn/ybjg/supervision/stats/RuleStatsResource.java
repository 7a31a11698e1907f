package cn.ybjg.supervision.stats;

import cn.ybjg.supervision.api.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rule-stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule statistics", description = "Which rules earn their keep: flags, reviews, precision, amounts")
@RolesAllowed({"supervisor", "admin"})
public class RuleStatsResource {

    @Inject
    RuleStatsService service;
    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Statistics per rule and rule version", description = "flags = OPEN + CONFIRMED + DISMISSED "
            + "(WITHDRAWN counted apart); precision = confirmed / (confirmed + dismissed), null before any review; "
            + "amountAtRisk of the standing flags, recovered of the CONFIRMED ones. from/to filter the flags' "
            + "periodDate; a supervisor counts only its regions.")
    @APIResponse(responseCode = "200", description = "One row per rule version with flags",
            content = @Content(examples = @ExampleObject(name = "stats", value = Examples.STATS)))
    @APIResponse(responseCode = "400", description = "from after to, or a bad date",
            content = @Content(examples = @ExampleObject(name = "bad", value = Examples.BAD_REQUEST)))
    @APIResponse(responseCode = "403", description = "Not a supervisor or admin",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public List<RuleStat> stats(@QueryParam("regionCode") String regionCode, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from: must not be after to");
        return service.stats(regionCode, from, to, caller.regionScope());
    }
}
