package cn.ybjg.kit;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one error body of every service, RFC 9457 {@code application/problem+json}:
 * {@code {type, title, status, detail, errors?: [{field, message}]}} plus optional extension members (e.g.
 * {@code missingPermission} of a 403, {@code line}/{@code column} of malformed input). {@code instance} is left out
 * on purpose: request paths can carry identifiers the answer should not echo.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "errors"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final List<FieldProblem> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    private Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(ProblemType kind, String detail) {
        return new Problem(kind.uri(), kind.title(), kind.status(), detail, List.of());
    }

    public static Problem of(ProblemType kind, String detail, List<FieldProblem> errors) {
        return new Problem(kind.uri(), kind.title(), kind.status(), detail, errors);
    }

    /** A plain HTTP error without a kind of its own: {@code about:blank} with the status phrase as title (RFC 9457 §4.2.1). */
    public static Problem ofStatus(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem("about:blank", title, status, detail, List.of());
    }

    /** Adds an extension member (kept after the standard ones). */
    public Problem with(String name, Object value) {
        if (value != null) {
            extensions.put(name, value);
        }
        return this;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public List<FieldProblem> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }
}
