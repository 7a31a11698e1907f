package cn.ybjg.indicators.api;

import cn.ybjg.indicators.compute.Granularity;
import cn.ybjg.indicators.compute.IndicatorCode;
import cn.ybjg.indicators.compute.IndicatorValue;
import cn.ybjg.indicators.compute.Period;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "医保 indicators from incremental settlement aggregates, enrollments and flags")
@RolesAllowed({"supervisor", "admin"})
public class IndicatorResource {

    private static final int MAX_POINTS = 240;

    @Inject
    IndicatorService service;
    @Inject
    RegionAccess access;

    @GET
    @Operation(summary = "All indicators of a region for a year (2025), quarter (2025-Q1) or month (2025-03)")
    @APIResponse(responseCode = "200", description = "values with numerator and denominator",
            content = @Content(examples = @ExampleObject(name = "indicators", value = Examples.INDICATORS)))
    @APIResponse(responseCode = "400", description = "bad period or region",
            content = @Content(examples = @ExampleObject(name = "bad", value = Examples.BAD_REQUEST)))
    @APIResponse(responseCode = "401", description = "no or invalid token")
    @APIResponse(responseCode = "403", description = "region not in the token's scope",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public IndicatorsAnswer indicators(@QueryParam("regionCode") String regionCode,
                                       @QueryParam("insuranceType") String insuranceType,
                                       @QueryParam("period") String period) throws SQLException {
        access.check(regionCode);
        Period p = parse(() -> Period.parse(period));
        Map<IndicatorCode, IndicatorValue> values = service.compute(regionCode, blankToNull(insuranceType), List.of(p)).get(p);
        return new IndicatorsAnswer(regionCode, blankToNull(insuranceType), p.label(), p.firstDay(), p.lastDay(),
                values.values().stream().map(IndicatorDto::of).toList());
    }

    @GET
    @Path("/{code}/series")
    @Operation(summary = "One indicator as a time series from..to (YYYY-MM), granularity month (default), quarter or year")
    @APIResponse(responseCode = "200", description = "one point per period",
            content = @Content(examples = @ExampleObject(name = "series", value = Examples.SERIES)))
    @APIResponse(responseCode = "400", description = "unknown code, bad range or granularity",
            content = @Content(examples = @ExampleObject(name = "bad", value = Examples.BAD_REQUEST)))
    @APIResponse(responseCode = "401", description = "no or invalid token")
    @APIResponse(responseCode = "403", description = "region not in the token's scope",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public SeriesAnswer series(@PathParam("code") String code, @QueryParam("regionCode") String regionCode,
                               @QueryParam("insuranceType") String insuranceType, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("granularity") String granularity) throws SQLException {
        access.check(regionCode);
        IndicatorCode indicator = parse(() -> IndicatorCode.valueOf(code));
        Granularity g = parse(() -> Granularity.parse(granularity));
        List<Period> periods = parse(() -> Period.range(month(from, "from"), month(to, "to"), g));
        if (periods.size() > MAX_POINTS) throw ApiError.badRequest("at most " + MAX_POINTS + " points per series");
        var values = service.compute(regionCode, blankToNull(insuranceType), periods);
        List<SeriesAnswer.Point> points = periods.stream().map(p -> {
            IndicatorValue v = values.get(p).get(indicator);
            return new SeriesAnswer.Point(p.label(), p.firstDay(), p.lastDay(), v.value(), v.percent(), v.numerator(),
                    v.denominator(), v.reason());
        }).toList();
        return new SeriesAnswer(indicator.name(), regionCode, blankToNull(insuranceType), g.name(), points);
    }

    private static YearMonth month(String text, String name) {
        if (text == null) throw new IllegalArgumentException(name + " is required (YYYY-MM or YYYY-MM-DD)");
        try {
            return YearMonth.parse(text.length() > 7 ? text.substring(0, 7) : text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " '" + text + "' is not YYYY-MM or YYYY-MM-DD");
        }
    }

    static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            if (m != null && m.startsWith("No enum constant")) m = "unknown indicator code; one of " + List.of(IndicatorCode.values());
            throw ApiError.badRequest(m);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
