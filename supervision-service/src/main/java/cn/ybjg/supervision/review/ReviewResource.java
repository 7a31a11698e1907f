package cn.ybjg.supervision.review;

import cn.ybjg.supervision.api.Caller;
import cn.ybjg.kit.Problem;
import cn.ybjg.kit.ProblemType;
import cn.ybjg.supervision.api.ErrorMappers;
import cn.ybjg.supervision.flags.FlagService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/api/v1/flags/{id}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Supervisors confirm (明确违规) or dismiss flags and record what was recovered (追回金额)")
@RolesAllowed({"supervisor", "admin"})
public class ReviewResource {

    static final ProblemType BAD_REVIEW = new ProblemType("bad-review", "Invalid review", 400);
    /** 409 with {@code code} (INVALID_TRANSITION, CONCURRENT_REVIEW) and {@code current}, the flag as it stands. */
    static final ProblemType REVIEW_CONFLICT = new ProblemType("review-conflict", "The flag's state does not allow this review", 409);

    @Inject
    ReviewService service;
    @Inject
    FlagService flags;
    @Inject
    Caller caller;

    @POST
    @Operation(summary = "Review a flag", description = "OPEN → CONFIRMED or DISMISSED; CONFIRMED or DISMISSED → OPEN "
            + "(re-open) with a note. A note is required for DISMISSED and OPEN; recoveredAmount only with CONFIRMED, "
            + "0 ≤ recoveredAmount ≤ amountAtRisk (absent = 0.00). The reviewer is the token's upn. Of two concurrent "
            + "reviews one wins and the other gets 409 with the flag's current state.")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "confirm", value = Examples.CONFIRM),
            @ExampleObject(name = "dismiss", value = Examples.DISMISS), @ExampleObject(name = "reopen", value = Examples.REOPEN)}))
    @APIResponse(responseCode = "201", description = "Reviewed: the flag with its review history",
            content = @Content(examples = @ExampleObject(name = "reviewed", value = Examples.REVIEWED)))
    @APIResponse(responseCode = "400", description = "A bad decision, a missing note or a bad recoveredAmount",
            content = @Content(examples = @ExampleObject(name = "bad", value = Examples.BAD)))
    @APIResponse(responseCode = "403", description = "Not a supervisor or admin",
            content = @Content(examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such flag in the caller's regions",
            content = @Content(examples = @ExampleObject(name = "notFound", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The flag's state does not allow this review (forbidden "
            + "transition, or another review won a race); the body holds the current state",
            content = @Content(examples = {@ExampleObject(name = "transition", value = Examples.CONFLICT),
                    @ExampleObject(name = "race", value = Examples.RACE)}))
    public Response review(@PathParam("id") UUID id, ReviewRequest request) {
        try {
            return service.review(id, request, caller.name(), caller.regionScope())
                    .map(f -> Response.created(URI.create("/api/v1/flags/" + id)).entity(f).build())
                    .orElseGet(() -> ErrorMappers.notFound("no flag " + id + " in your regions"));
        } catch (ReviewConflict e) {
            return Problem.of(REVIEW_CONFLICT, e.getMessage()).with("code", e.code)
                    .with("current", flags.find(id, caller.regionScope()).orElse(null)).toResponse();
        }
    }

    @ServerExceptionMapper
    public Response rejected(ReviewRejected e) {
        return Problem.of(BAD_REVIEW, "invalid review: " + e.getMessage(), e.errors).toResponse();
    }
}
