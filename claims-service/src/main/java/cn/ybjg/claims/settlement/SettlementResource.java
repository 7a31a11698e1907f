package cn.ybjg.claims.settlement;

import cn.ybjg.claims.audit.AccessLog;
import cn.ybjg.claims.intake.BatchResult;
import cn.ybjg.claims.intake.CsvBatchReader;
import cn.ybjg.claims.intake.JsonBatchReader;
import cn.ybjg.claims.settlement.ReversalRequest;
import cn.ybjg.claims.settlement.SettlementIngestService;
import cn.ybjg.claims.settlement.SettlementQuery;
import cn.ybjg.claims.settlement.SettlementService;
import cn.ybjg.claims.settlement.SettlementValidator;
import cn.ybjg.claims.settlement.SettlementView;
import cn.ybjg.claims.security.CurrentCaller;
import cn.ybjg.claims.security.Scope;
import cn.ybjg.kit.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.ybjg.claims.rest.Examples;

@Path("/api/v1/settlements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settlements", description = "结算记录: upload (JSON or CSV), lookup, search, reversal (结算撤销)")
public class SettlementResource {

    static final Set<String> CSV_COLUMNS = csvColumns();
    static final Set<String> CSV_REQUIRED = Set.of("settlementId", "institutionCode", "regionCode", "personId",
            "idNumber", "gender", "birthDate", "insuranceType", "medicalType", "admissionDate", "settlementTime",
            "primaryDiagnosis", "totalCost", "policyScopeCost", "fundPayment", "cashPayment");

    @Inject
    SettlementIngestService ingest;
    @Inject
    SettlementService settlements;
    @Inject
    CurrentCaller caller;
    @Inject
    AccessLog accessLog;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"hospital", "admin"})
    @Operation(summary = "Submit 1..10,000 settlement records as a JSON array (a bare object is a batch of one)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one inpatient stay", value = Examples.SETTLEMENT_BATCH)))
    @APIResponse(responseCode = "200", description = "every record accepted or a duplicate",
            content = @Content(examples = @ExampleObject(name = "ok", value = Examples.BATCH_OK)))
    @APIResponse(responseCode = "422", description = "some records rejected (the others are stored)",
            content = @Content(examples = @ExampleObject(name = "rejected", value = Examples.BATCH_REJECTED)))
    @APIResponse(responseCode = "400", description = "malformed JSON",
            content = @Content(examples = @ExampleObject(name = "malformed", value = Examples.MALFORMED)))
    @APIResponse(responseCode = "413", description = "more than 10,000 records",
            content = @Content(examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE)))
    @APIResponse(responseCode = "401", description = "no or invalid bearer token")
    @APIResponse(responseCode = "403", description = "role hospital or admin required",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public Response submitJson(InputStream body) {
        return ingest.ingest(JsonBatchReader.read(body, BatchResult.MAX_RECORDS), caller.scope(), caller.actor()).toResponse();
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed({"hospital", "admin"})
    @Operation(summary = "Submit settlement records as CSV (header row of field names, list fields ';'-separated, no lines);"
            + " UTF-8 (BOM optional) or GB18030/GBK, as the charset parameter says or detected when the bytes are not UTF-8")
    @RequestBody(content = @Content(mediaType = "text/csv",
            examples = @ExampleObject(name = "one row", value = Examples.SETTLEMENT_CSV)))
    @APIResponse(responseCode = "200", description = "every record accepted or a duplicate",
            content = @Content(examples = @ExampleObject(name = "ok", value = Examples.BATCH_OK)))
    @APIResponse(responseCode = "422", description = "some records rejected (index = 0-based data row)",
            content = @Content(examples = @ExampleObject(name = "rejected", value = Examples.BATCH_REJECTED)))
    @APIResponse(responseCode = "400", description = "malformed CSV or unknown / missing header columns",
            content = @Content(examples = @ExampleObject(name = "malformed", value = Examples.MALFORMED)))
    @APIResponse(responseCode = "413", description = "more than 10,000 rows",
            content = @Content(examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE)))
    @APIResponse(responseCode = "401", description = "no or invalid bearer token")
    @APIResponse(responseCode = "403", description = "role hospital or admin required",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public Response submitCsv(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType) {
        String charset = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return ingest.ingest(CsvBatchReader.read(body, charset, CSV_COLUMNS, CSV_REQUIRED, BatchResult.MAX_RECORDS),
                caller.scope(), caller.actor()).toResponse();
    }

    @GET
    @Path("/{institutionCode}/{settlementId}")
    @RolesAllowed({"hospital", "supervisor", "admin"})
    @Operation(summary = "One settlement record (idNumberMasked, never the ID number)")
    @APIResponse(responseCode = "200", description = "the record",
            content = @Content(examples = @ExampleObject(name = "record", value = Examples.SETTLEMENT_VIEW)))
    @APIResponse(responseCode = "404", description = "unknown, or outside a supervisor's regions",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "401", description = "no or invalid bearer token")
    @APIResponse(responseCode = "403", description = "another institution's record (hospital token) or wrong role",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public SettlementView get(@PathParam("institutionCode") String institutionCode,
                              @PathParam("settlementId") String settlementId) {
        Scope scope = caller.scope();
        boolean found = false;
        try {
            SettlementView view = settlements.get(institutionCode, settlementId, scope);
            found = true;
            return view;
        } finally {
            accessLog.one(caller.name(), scope, institutionCode, settlementId, found);
        }
    }

    @GET
    @RolesAllowed({"hospital", "supervisor", "admin"})
    @Operation(summary = "Paged search, newest settlement date first; from/to bound the settlement date (inclusive);"
            + " total in X-Total-Count; hospitals see their institution, supervisors their regions")
    @APIResponse(responseCode = "200", description = "one page of records",
            headers = @Header(name = "X-Total-Count", description = "number of matching records in the caller's scope",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(examples = @ExampleObject(name = "page", value = "[" + Examples.SETTLEMENT_VIEW + "]")))
    @APIResponse(responseCode = "401", description = "no or invalid bearer token")
    @APIResponse(responseCode = "403", description = "a hospital asking for another institution, or wrong role",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public Response search(@QueryParam("personId") String personId,
                           @QueryParam("institutionCode") String institutionCode,
                           @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size) {
        Params.Paging paging = Params.paging(page, size);
        Scope scope = caller.scope();
        SettlementQuery query = new SettlementQuery(personId, institutionCode, from, to, paging.page(), paging.size());
        SettlementService.Found found = settlements.search(query, scope);
        accessLog.search(caller.name(), scope, query, found.items().size(), found.total());
        return Response.ok(found.items()).header("X-Total-Count", found.total()).build();
    }

    @POST
    @Path("/{institutionCode}/{settlementId}/reversal")
    @RolesAllowed({"hospital", "admin"})
    @Operation(summary = "结算撤销: mark the settlement REVERSED and publish a REVERSED event; the optional body"
            + " {\"reason\": \"…\"} (at most 500 characters) is kept with the record, as is who reversed it")
    @APIResponse(responseCode = "200", description = "the reversed record",
            content = @Content(examples = @ExampleObject(name = "reversed", value = Examples.REVERSED_VIEW)))
    @APIResponse(responseCode = "404", description = "unknown settlement",
            content = @Content(examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "already reversed",
            content = @Content(examples = @ExampleObject(name = "already reversed", value = Examples.ALREADY_REVERSED)))
    @APIResponse(responseCode = "401", description = "no or invalid bearer token")
    @APIResponse(responseCode = "403", description = "another institution's record (hospital token) or wrong role",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public SettlementView reverse(@PathParam("institutionCode") String institutionCode,
                                  @PathParam("settlementId") String settlementId, InputStream body) {
        return settlements.reverse(institutionCode, settlementId, caller.scope(), caller.actor(),
                ReversalRequest.read(body).reason());
    }



    private static Set<String> csvColumns() {
        Set<String> columns = new HashSet<>(SettlementValidator.fieldNames());
        columns.remove("lines");
        return Set.copyOf(columns);
    }
}
