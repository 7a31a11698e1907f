package cn.ybjg.indicators.api;

import cn.ybjg.indicators.seeds.SeedData;
import cn.ybjg.indicators.seeds.SeedLoadException;
import cn.ybjg.indicators.seeds.SeedRegistry;
import cn.ybjg.indicators.seeds.Target;
import cn.ybjg.kit.BadParameterException;
import cn.ybjg.kit.Problem;
import cn.ybjg.kit.ProblemException;
import cn.ybjg.kit.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Plan targets of the seed documents and the scorecard against them")
public class TargetResource {

    static final ProblemType SEED_FILE_REFUSED = new ProblemType("seed-file-refused", "A seed file is malformed", 422);

    @Inject
    SeedRegistry seeds;
    @Inject
    ScorecardService scorecards;
    @Inject
    RegionAccess access;

    @GET
    @Path("/targets")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Plan targets with their sources; without regionCode all regions the caller may read")
    @APIResponse(responseCode = "200", description = "targets",
            content = @Content(examples = @ExampleObject(name = "targets", value = Examples.TARGETS)))
    @APIResponse(responseCode = "401", description = "no or invalid token")
    @APIResponse(responseCode = "403", description = "region not in the token's scope",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public List<Target> targets(@QueryParam("regionCode") String regionCode) {
        if (regionCode != null && !regionCode.isBlank()) {
            access.check(regionCode);
            return seeds.current().targets(regionCode);
        }
        List<Target> all = seeds.current().targets(null);
        if (access.isAdmin()) return all;
        List<String> regions = access.regions();
        return all.stream().filter(t -> regions.contains(t.regionCode())).toList();
    }

    @POST
    @Path("/targets/reload")
    @RolesAllowed("admin")
    @Operation(summary = "Re-read the seed files; a faulty file is reported and the loaded targets stay")
    @APIResponse(responseCode = "200", description = "reloaded",
            content = @Content(examples = @ExampleObject(name = "reloaded", value = Examples.RELOADED)))
    @APIResponse(responseCode = "401", description = "no or invalid token")
    @APIResponse(responseCode = "403", description = "not admin")
    @APIResponse(responseCode = "422", description = "a seed file is malformed (file:line)",
            content = @Content(examples = @ExampleObject(name = "failed", value = Examples.RELOAD_FAILED)))
    public Map<String, Object> reload() {
        try {
            SeedData d = seeds.reload();
            return Map.of("targets", d.targets().size(), "population", d.population().size(), "files", d.files());
        } catch (SeedLoadException e) {
            throw new ProblemException(Problem.of(SEED_FILE_REFUSED, e.getMessage()));
        }
    }

    @GET
    @Path("/scorecard")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Every target of a region and year: value, target, comparator, met, gap (pp), numerator, denominator, source")
    @APIResponse(responseCode = "200", description = "scorecard",
            content = @Content(examples = @ExampleObject(name = "scorecard", value = Examples.SCORECARD)))
    @APIResponse(responseCode = "400", description = "regionCode or year missing",
            content = @Content(examples = @ExampleObject(name = "bad", value = Examples.BAD_REQUEST)))
    @APIResponse(responseCode = "401", description = "no or invalid token")
    @APIResponse(responseCode = "403", description = "region not in the token's scope",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public Scorecard scorecard(@QueryParam("regionCode") String regionCode, @QueryParam("year") Integer year) throws SQLException {
        access.check(regionCode);
        if (year == null || year < 1990 || year > 2100) throw new BadParameterException("year", "is required: a year from 1990 to 2100, e.g. year=2025");
        return scorecards.scorecard(regionCode, year);
    }
}
