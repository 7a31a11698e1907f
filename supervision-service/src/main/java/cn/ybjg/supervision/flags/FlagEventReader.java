package cn.ybjg.supervision.flags;

import cn.ybjg.kit.SafeLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Decides what one flags.v1 record means to the flag table: a row to upsert, a record to pass over, or one that is
 * not a readable FlagEvent (dead letter). Everything the table's columns would refuse is refused here, so a bad
 * record goes to the DLQ instead of failing its batch's statement. Problems name fields, never values.
 */
final class FlagEventReader {

    /** What a record means to the projection. */
    sealed interface Read {
    }

    record Apply(ProjectedFlag flag) implements Read {
    }

    record Skip(String why) implements Read {
    }

    record Reject(String problem) implements Read {
    }

    /** The engine's statuses: the only ones the projection writes. */
    static final Set<String> ENGINE_STATUSES = Set.of("OPEN", "WITHDRAWN");
    /** Review decisions: ReviewService wrote them to the table itself; applying the event again could only undo later changes. */
    static final Set<String> REVIEW_STATUSES = Set.of("CONFIRMED", "DISMISSED");

    private final ObjectMapper mapper;

    FlagEventReader(ObjectMapper base) {
        // Decimals stay as written, trailing zeros included: evidence amounts keep their fen.
        this.mapper = base.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    Read read(ConsumerRecord<byte[], byte[]> r) {
        Header origin = r.headers().lastHeader(OutboxRelay.ORIGIN_HEADER);
        if (origin != null && OutboxRelay.ORIGIN.equals(new String(origin.value(), StandardCharsets.UTF_8))) {
            // Written to flag_outbox in the transaction that changed the row (a review): the row already holds it.
            return new Skip("relayed from this service's outbox");
        }
        if (r.value() == null) return new Reject("empty value");
        JsonNode tree;
        FlagEvent e;
        try {
            tree = mapper.readTree(r.value());
            if (tree == null || !tree.isObject()) return new Reject("not a JSON object");
            e = mapper.treeToValue(tree, FlagEvent.class);
        } catch (JsonProcessingException ex) {
            // The original message leaves out the payload excerpt Jackson appends; redacted all the same.
            return new Reject("unreadable FlagEvent: " + SafeLog.redact(ex.getOriginalMessage()));
        } catch (IOException ex) {
            return new Reject("unreadable FlagEvent: " + ex.getClass().getSimpleName());
        }
        String problem = problem(e, tree.get("evidence"));
        if (!problem.isEmpty()) return new Reject("invalid FlagEvent: " + problem);
        if (REVIEW_STATUSES.contains(e.status())) return new Skip("review decision " + e.status());
        return new Apply(new ProjectedFlag(e.id(), e.ruleCode(), SubjectKeys.of(e), e.ruleVersion(), e.severity(),
                e.settlementId(), e.institutionCode(), e.regionCode(), e.personId(), e.idNumberHash(),
                e.idNumberMasked(), e.insuranceType(), e.amountAtRisk().setScale(2, RoundingMode.UNNECESSARY),
                tree.get("evidence").toString(), e.detectedAt(), e.periodDate(), e.status(), changedAt(r)));
    }

    /** "" when the event fits the flag table, else what does not, by field name. */
    /** Evidence that is not an object never gets here: it does not read as a FlagEvent. */
    static String problem(FlagEvent e, JsonNode evidence) {
        List<String> missing = new ArrayList<>();
        required(missing, "id", e.id());
        required(missing, "ruleCode", e.ruleCode());
        required(missing, "severity", e.severity());
        required(missing, "regionCode", e.regionCode());
        required(missing, "personId", e.personId());
        required(missing, "idNumberHash", e.idNumberHash());
        required(missing, "idNumberMasked", e.idNumberMasked());
        required(missing, "amountAtRisk", e.amountAtRisk());
        required(missing, "detectedAt", e.detectedAt());
        required(missing, "periodDate", e.periodDate());
        required(missing, "status", e.status());
        if (evidence == null || evidence.isNull()) missing.add("evidence");
        if (!missing.isEmpty()) return "missing " + String.join(", ", missing);
        List<String> wrong = new ArrayList<>();
        if (e.schemaVersion() != 1) wrong.add("schemaVersion must be 1");
        if (e.ruleVersion() < 1) wrong.add("ruleVersion must be at least 1");
        if (!Set.of("DEFINITE", "SUSPICIOUS").contains(e.severity())) wrong.add("severity must be DEFINITE or SUSPICIOUS");
        if (!ENGINE_STATUSES.contains(e.status()) && !REVIEW_STATUSES.contains(e.status())) {
            wrong.add("status must be one of OPEN, WITHDRAWN, CONFIRMED, DISMISSED");
        }
        BigDecimal amount = e.amountAtRisk();
        if (amount.signum() < 0) wrong.add("amountAtRisk must be at least 0");
        if (amount.stripTrailingZeros().scale() > 2) wrong.add("amountAtRisk must have at most 2 decimals");
        if (amount.precision() - amount.scale() > 12) wrong.add("amountAtRisk must be below 10^12");
        longest(wrong, "ruleCode", e.ruleCode(), 40);
        longest(wrong, "settlementId", e.settlementId(), 40);
        longest(wrong, "institutionCode", e.institutionCode(), 20);
        longest(wrong, "regionCode", e.regionCode(), 6);
        longest(wrong, "personId", e.personId(), 40);
        longest(wrong, "idNumberHash", e.idNumberHash(), 64);
        longest(wrong, "idNumberMasked", e.idNumberMasked(), 18);
        longest(wrong, "insuranceType", e.insuranceType(), 8);
        return String.join("; ", wrong);
    }

    private static void required(List<String> missing, String name, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) missing.add(name);
    }

    private static void longest(List<String> wrong, String name, String value, int max) {
        if (value != null && value.length() > max) wrong.add(name + " must be at most " + max + " characters");
    }

    /** When the change was published; a record without a timestamp (never from Kafka ≥ 0.10) counts as now. */
    private static OffsetDateTime changedAt(ConsumerRecord<?, ?> r) {
        Instant at = r.timestamp() >= 0 ? Instant.ofEpochMilli(r.timestamp()) : Instant.now();
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
