package cn.ybjg.claims.intake;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** The batch answer of contract section 1 (200 when nothing was rejected, 422 otherwise). */
public record BatchResult(int accepted, int duplicates, List<Rejection> rejected) {

    /** Records in one request, for every batch endpoint. */
    public static final int MAX_RECORDS = 10_000;

    public Response toResponse() {
        return Response.status(rejected.isEmpty() ? 200 : 422).entity(this).build();
    }
}
