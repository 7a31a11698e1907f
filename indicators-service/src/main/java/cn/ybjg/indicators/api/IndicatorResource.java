package cn.ybjg.indicators.api;

import cn.ybjg.indicators.compute.Granularity;
import cn.ybjg.indicators.compute.IndicatorCode;
import cn.ybjg.indicators.compute.IndicatorValue;
import cn.ybjg.indicators.compute.Period;
import cn.ybjg.kit.BadParameterException;
import cn.ybjg.kit.Params;
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
    /** 310 职工基本医疗保险, 390 城乡居民基本医疗保险: the schemes the indicators are computed for. */
    static final List<String> INSURANCE_TYPES = List.of("310", "390");

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
        String scheme = insuranceType(insuranceType);
        Period p = parse("period", "must be a year (2025), a quarter (2025-Q1) or a month (2025-03)", () -> Period.parse(period));
        Map<IndicatorCode, IndicatorValue> values = service.compute(regionCode, scheme, List.of(p)).get(p);
        return new IndicatorsAnswer(regionCode, scheme, p.label(), p.firstDay(), p.lastDay(),
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
        String scheme = insuranceType(insuranceType);
        IndicatorCode indicator = Params.oneOf("code", code, IndicatorCode.class);
        Granularity g = parse("granularity", "must be one of month, quarter, year", () -> Granularity.parse(granularity));
        List<Period> periods = parse("to", "must not be before from", () -> Period.range(month(from, "from"), month(to, "to"), g));
        if (periods.size() > MAX_POINTS) throw new BadParameterException("to", "gives more than " + MAX_POINTS + " points; narrow from..to or use a coarser granularity");
        var values = service.compute(regionCode, scheme, periods);
        List<SeriesAnswer.Point> points = periods.stream().map(p -> {
            IndicatorValue v = values.get(p).get(indicator);
            return new SeriesAnswer.Point(p.label(), p.firstDay(), p.lastDay(), v.value(), v.percent(), v.numerator(),
                    v.denominator(), v.reason());
        }).toList();
        return new SeriesAnswer(indicator.name(), regionCode, scheme, g.name(), points);
    }

    private static YearMonth month(String text, String name) {
        if (text == null) throw new BadParameterException(name, "is required (YYYY-MM or YYYY-MM-DD)");
        try {
            return YearMonth.parse(text.length() > 7 ? text.substring(0, 7) : text);
        } catch (RuntimeException e) {
            throw new BadParameterException(name, "must be YYYY-MM or YYYY-MM-DD");
        }
    }

    /** Runs a parser of the compute package; its refusal becomes a 400 naming the parameter (not echoing the value). */
    static <T> T parse(String name, String expectation, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name, expectation);
        }
    }

    /** The basic schemes the aggregates know (absent or blank: all of them). */
    static String insuranceType(String value) {
        return value == null || value.isBlank() ? null : Params.oneOf("insuranceType", value, INSURANCE_TYPES);
    }
}
