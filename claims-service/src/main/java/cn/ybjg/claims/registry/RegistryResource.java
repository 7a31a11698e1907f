package cn.ybjg.claims.registry;

import cn.ybjg.claims.intake.BatchResult;
import cn.ybjg.claims.intake.JsonBatchReader;
import cn.ybjg.claims.security.CurrentCaller;
import cn.ybjg.claims.registry.RegistryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.ybjg.claims.rest.Examples;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"registry", "admin"})
@Tag(name = "Registry", description = "参保登记 and 死亡登记 from the enrollment and civil registries")
public class RegistryResource {

    @Inject
    RegistryService registry;
    @Inject
    CurrentCaller caller;

    @POST
    @Path("/enrollments")
    @Operation(summary = "Submit 1..10,000 enrollments; upserted by (idNumber, insuranceType, regionCode, startDate)."
            + " An identical resubmission is a duplicate (no event); a changed one is accepted and re-published")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "one enrollment", value = Examples.ENROLLMENTS)))
    @APIResponse(responseCode = "200", description = "every record new, changed or a duplicate",
            content = @Content(examples = @ExampleObject(name = "ok", value = Examples.BATCH_OK)))
    @APIResponse(responseCode = "422", description = "some records rejected (the others are stored)",
            content = @Content(examples = @ExampleObject(name = "rejected", value = Examples.REGISTRY_REJECTED)))
    @APIResponse(responseCode = "400", description = "malformed JSON",
            content = @Content(examples = @ExampleObject(name = "malformed", value = Examples.MALFORMED)))
    @APIResponse(responseCode = "413", description = "more than 10,000 records",
            content = @Content(examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE)))
    @APIResponse(responseCode = "401", description = "no or invalid bearer token")
    @APIResponse(responseCode = "403", description = "role registry or admin required",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public Response enrollments(InputStream body) {
        return registry.enrollments(JsonBatchReader.read(body, BatchResult.MAX_RECORDS), caller.actor()).toResponse();
    }

    @POST
    @Path("/death-registrations")
    @Operation(summary = "Submit 1..10,000 death registrations; one per person, a later one corrects the earlier")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "one death", value = Examples.DEATHS)))
    @APIResponse(responseCode = "200", description = "every record new, changed or a duplicate",
            content = @Content(examples = @ExampleObject(name = "ok", value = Examples.BATCH_OK)))
    @APIResponse(responseCode = "422", description = "some records rejected (the others are stored)",
            content = @Content(examples = @ExampleObject(name = "rejected", value = Examples.REGISTRY_REJECTED)))
    @APIResponse(responseCode = "400", description = "malformed JSON",
            content = @Content(examples = @ExampleObject(name = "malformed", value = Examples.MALFORMED)))
    @APIResponse(responseCode = "413", description = "more than 10,000 records",
            content = @Content(examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE)))
    @APIResponse(responseCode = "401", description = "no or invalid bearer token")
    @APIResponse(responseCode = "403", description = "role registry or admin required",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public Response deaths(InputStream body) {
        return registry.deaths(JsonBatchReader.read(body, BatchResult.MAX_RECORDS), caller.actor()).toResponse();
    }
}
