package cn.ybjg.claims.settlement;

import cn.ybjg.claims.ClaimsConfig;
import cn.ybjg.claims.security.Actor;
import cn.ybjg.claims.privacy.IdProtector;
import cn.ybjg.claims.security.Scope;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import cn.ybjg.claims.intake.FieldError;
import cn.ybjg.claims.intake.BatchResult;
import cn.ybjg.claims.intake.Rejection;
import cn.ybjg.claims.intake.Validated;
import cn.ybjg.claims.intake.FieldReader;

/** Validates a batch of settlement records, applies the caller's institution scope, stores the valid ones. */
@ApplicationScoped
public class SettlementIngestService {

    private final SettlementValidator validator;
    private final IdProtector protector;
    private final SettlementBatchWriter writer;

    @Inject
    public SettlementIngestService(ClaimsConfig config, IdProtector protector, SettlementBatchWriter writer) {
        this.validator = new SettlementValidator(config.validation().insuranceTypes(), config.validation().medicalTypes());
        this.protector = protector;
        this.writer = writer;
    }

    public BatchResult ingest(List<JsonNode> records, Scope scope, Actor submitter) {
        long start = System.nanoTime();
        Instant now = Instant.now();
        OffsetDateTime ingestedAt = now.truncatedTo(ChronoUnit.MILLIS).atZone(FieldReader.CHINA).toOffsetDateTime();
        List<Rejection> rejected = new ArrayList<>();
        List<PreparedSettlement> valid = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode node = records.get(i);
            Validated<Settlement> result = validator.validate(node, now);
            List<FieldError> errors = new ArrayList<>(result.errors());
            // The scope is checked on the value as it will be stored: "H43100200124 " is H43100200124.
            String institution = FieldReader.normalizedText(node, "institutionCode");
            if (institution != null && SettlementValidator.INSTITUTION.matcher(institution).matches()
                    && !scope.mayWriteFor(institution)) {
                errors.add(new FieldError("institutionCode", "your token is scoped to " + scope.institutionText()
                        + "; this record belongs to " + institution + " and cannot be submitted with it"));
            }
            if (errors.isEmpty()) {
                valid.add(PreparedSettlement.of(i, result.value(), protector, submitter));
            } else {
                rejected.add(new Rejection(i, settlementId(node), errors));
            }
        }
        long validated = System.nanoTime();
        SettlementBatchWriter.Outcome outcome = valid.isEmpty()
                ? new SettlementBatchWriter.Outcome(0, 0, List.of()) : writer.write(valid, ingestedAt);
        rejected.addAll(outcome.conflicts());
        rejected.sort(Comparator.comparingInt(Rejection::index));
        long done = System.nanoTime();
        Log.infof("settlement batch: %d records, %d accepted, %d duplicates, %d rejected; validated in %d ms, stored in %d ms",
                records.size(), outcome.accepted(), outcome.duplicates(), rejected.size(),
                (validated - start) / 1_000_000, (done - validated) / 1_000_000);
        return new BatchResult(outcome.accepted(), outcome.duplicates(), rejected);
    }

    private static String settlementId(JsonNode node) {
        JsonNode id = node.get("settlementId");
        return id == null || id.isContainerNode() ? null : FieldReader.abbreviate(id.asText());
    }
}
