package cn.ybjg.claims.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import cn.ybjg.claims.intake.JsonBatchReader;
import cn.ybjg.claims.intake.FieldError;
import cn.ybjg.claims.intake.InvalidRequestException;
import cn.ybjg.claims.intake.FieldReader;

/**
 * The optional body of a reversal (结算撤销), {@code {"reason": "…"}}: why it is reversed, kept with the record.
 * Read by hand rather than bound, because billing systems post reversals without any body or content type.
 */
public record ReversalRequest(String reason) {

    static final int MAX_REASON = 500;
    static final int MAX_BODY = 16 * 1024;

    public static ReversalRequest read(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BODY) {
            throw new InvalidRequestException(List.of(new FieldError("", "the reversal body must be at most "
                    + MAX_BODY + " bytes: {\"reason\": \"…\"}")));
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return new ReversalRequest(null);
        }
        JsonNode node = JsonBatchReader.read(new java.io.ByteArrayInputStream(bytes), 1).get(0);
        List<FieldError> errors = new ArrayList<>();
        if (!node.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("", "must be a JSON object {\"reason\": \"…\"}")));
        }
        FieldReader in = new FieldReader(node, "", errors);
        in.rejectUnknown(Set.of("reason"), "a reversal");
        String reason = in.text("reason", false, MAX_REASON);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new ReversalRequest(reason);
    }
}
