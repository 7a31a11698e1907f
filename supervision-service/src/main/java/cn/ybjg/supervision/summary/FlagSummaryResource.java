package cn.ybjg.supervision.summary;

import cn.ybjg.kit.BadParameterException;
import cn.ybjg.kit.Params;
import cn.ybjg.supervision.api.Caller;
import cn.ybjg.supervision.flags.FlagResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/flag-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Flags")
@RolesAllowed({"supervisor", "admin"})
public class FlagSummaryResource {

    static final String EXAMPLE = """
            {"groups":[{"key":{"ruleCode":"DRG_COST_OUTLIER","regionCode":"431000"},"count":412,
              "amountAtRisk":1893420.55,"recoveredAmount":120300.00}]}""";

    /** The answer: one entry per group, ordered by the group keys. */
    public record Answer(List<SummaryGroup> groups) {
    }

    @Inject
    FlagSummaryService service;
    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Grouped counts and amounts of flags",
            description = "groupBy: a comma-separated list of ruleCode, regionCode, institutionCode, month (of the"
                    + " flag's periodDate), status, severity (none: one group of everything). Filters as GET /flags;"
                    + " without status WITHDRAWN flags are left out. recoveredAmount sums confirmed reviews. A"
                    + " supervisor's groups cover its regions only.")
    @APIResponse(responseCode = "200", description = "The groups",
            content = @Content(examples = @ExampleObject(name = "by rule and region", value = EXAMPLE)))
    public Answer summary(@QueryParam("groupBy") String groupBy, @QueryParam("ruleCode") String ruleCode,
            @QueryParam("severity") String severity, @QueryParam("status") String status,
            @QueryParam("institutionCode") String institutionCode, @QueryParam("regionCode") String regionCode,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        Params.oneOf("ruleCode", ruleCode, FlagResource.RULE_CODES);
        Params.oneOf("severity", severity, FlagResource.SEVERITIES);
        Params.oneOf("status", status, FlagResource.STATUSES);
        return new Answer(service.summarise(new SummaryQuery(dimensions(groupBy), ruleCode, severity, status,
                institutionCode, regionCode, from, to, caller.regionScope())));
    }

    static List<Dimension> dimensions(String groupBy) {
        List<Dimension> dimensions = new ArrayList<>();
        if (groupBy == null || groupBy.isBlank()) {
            return dimensions;
        }
        for (String name : groupBy.split(",")) {
            Dimension d = Dimension.named(name.strip()).orElseThrow(() -> new BadParameterException("groupBy",
                    "must be a comma-separated list of " + Arrays.stream(Dimension.values()).map(v -> v.parameter).toList()));
            if (dimensions.contains(d)) {
                throw new BadParameterException("groupBy", "names " + d.parameter + " twice");
            }
            dimensions.add(d);
        }
        return dimensions;
    }
}
