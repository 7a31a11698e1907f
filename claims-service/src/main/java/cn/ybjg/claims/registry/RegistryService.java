package cn.ybjg.claims.registry;

import cn.ybjg.claims.ClaimsConfig;
import cn.ybjg.claims.security.Actor;
import cn.ybjg.claims.intake.BatchResult;
import cn.ybjg.claims.intake.FieldReader;
import cn.ybjg.claims.intake.Rejection;
import cn.ybjg.claims.intake.Validated;
import cn.ybjg.claims.outbox.EventJson;
import cn.ybjg.claims.outbox.OutboxMessage;
import cn.ybjg.claims.privacy.IdNumbers;
import cn.ybjg.claims.privacy.IdProtector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Enrollment and death-registration batches: validate, upsert by identity, publish what is new or changed. */
@ApplicationScoped
public class RegistryService {

    private final RegistryValidator validator;
    private final IdProtector protector;
    private final RegistryWriter writer;

    @Inject
    public RegistryService(ClaimsConfig config, IdProtector protector, RegistryWriter writer) {
        this.validator = new RegistryValidator(config.validation().insuranceTypes());
        this.protector = protector;
        this.writer = writer;
    }

    public BatchResult enrollments(List<JsonNode> records, Actor submitter) {
        Instant now = Instant.now();
        OffsetDateTime at = ingestedAt(now);
        return ingest(records, "enrollments", RegistryWriter.ENROLLMENTS,
                (node, i) -> prepare(i, validator.enrollment(node, now), e -> enrollment(i, e, at, submitter)));
    }

    public BatchResult deaths(List<JsonNode> records, Actor submitter) {
        Instant now = Instant.now();
        OffsetDateTime at = ingestedAt(now);
        return ingest(records, "death registrations", RegistryWriter.DEATHS,
                (node, i) -> prepare(i, validator.death(node, now), d -> death(i, d, at, submitter)));
    }

    private static OffsetDateTime ingestedAt(Instant now) {
        return now.truncatedTo(ChronoUnit.MILLIS).atZone(FieldReader.CHINA).toOffsetDateTime();
    }

    /**
     * A batch is an ordered change feed: a later record with the same identity (enrollment key, or the person for
     * a death) replaces the earlier state, which counts as accepted and superseded; only the last state is
     * stored and published. An identical repeat is a duplicate.
     */
    private BatchResult ingest(List<JsonNode> records, String what, String sql,
                               BiFunction<JsonNode, Integer, Object> prepare) {
        List<Rejection> rejected = new ArrayList<>();
        Map<String, PreparedEntry> latest = new HashMap<>();
        int duplicates = 0;
        int superseded = 0;
        for (int i = 0; i < records.size(); i++) {
            Object outcome = prepare.apply(records.get(i), i);
            if (outcome instanceof Rejection r) {
                rejected.add(r);
                continue;
            }
            PreparedEntry entry = (PreparedEntry) outcome;
            PreparedEntry earlier = latest.put(entry.identity(), entry);
            if (earlier != null && earlier.contentHash().equals(entry.contentHash())) {
                duplicates++;
            } else if (earlier != null) {
                superseded++;
            }
        }
        List<PreparedEntry> entries = new ArrayList<>(latest.values());
        entries.sort(Comparator.comparing(PreparedEntry::identity));
        int changed = entries.isEmpty() ? 0 : writer.upsert(sql, entries);
        duplicates += entries.size() - changed;
        rejected.sort(Comparator.comparingInt(Rejection::index));
        Log.infof("%s batch: %d records, %d new or changed, %d superseded within the batch, %d duplicates, %d rejected",
                what, records.size(), changed, superseded, duplicates, rejected.size());
        return new BatchResult(changed + superseded, duplicates, rejected);
    }

    private static <T> Object prepare(int index, Validated<T> v, java.util.function.Function<T, PreparedEntry> ok) {
        return v.ok() ? ok.apply(v.value()) : new Rejection(index, null, v.errors());
    }

    private PreparedEntry enrollment(int index, Enrollment e, OffsetDateTime at, Actor submitter) {
        String hash = protector.hash(e.idNumber());
        String masked = IdNumbers.mask(e.idNumber());
        String contentHash = protector.hash(e.canonical());
        String identity = hash + "|" + e.insuranceType() + "|" + e.regionCode() + "|" + e.startDate();
        ObjectNode row = idColumns(e.idNumber(), hash, masked, contentHash, at, submitter)
                .put("person_id", e.personId()).put("insurance_type", e.insuranceType())
                .put("region_code", e.regionCode()).put("start_date", e.startDate().toString())
                .put("end_date", e.endDate() == null ? null : e.endDate().toString()).put("status", e.status());
        EnrollmentEvent event = new EnrollmentEvent(1, EventJson.eventId("enrollment:" + identity + ":" + contentHash),
                hash, masked, e.personId(), e.insuranceType(), e.regionCode(), e.startDate(), e.endDate(), e.status(), at);
        return new PreparedEntry(index, identity, contentHash, row,
                new OutboxMessage(event.eventId(), EnrollmentEvent.TOPIC, hash, EventJson.write(event)));
    }

    private PreparedEntry death(int index, Death d, OffsetDateTime at, Actor submitter) {
        String hash = protector.hash(d.idNumber());
        String masked = IdNumbers.mask(d.idNumber());
        String contentHash = protector.hash(d.canonical());
        ObjectNode row = idColumns(d.idNumber(), hash, masked, contentHash, at, submitter)
                .put("date_of_death", d.dateOfDeath().toString()).put("source", d.source());
        DeathEvent event = new DeathEvent(1, EventJson.eventId("death:" + hash + ":" + contentHash), hash, masked,
                d.dateOfDeath(), d.source(), at);
        return new PreparedEntry(index, hash, contentHash, row,
                new OutboxMessage(event.eventId(), DeathEvent.TOPIC, hash, EventJson.write(event)));
    }

    private ObjectNode idColumns(String idNumber, String hash, String masked, String contentHash, OffsetDateTime at,
                                 Actor submitter) {
        return JsonNodeFactory.instance.objectNode()
                .put("id_number_enc", Base64.getEncoder().encodeToString(protector.encrypt(idNumber)))
                .put("id_number_hash", hash).put("id_number_masked", masked)
                .put("content_hash", contentHash).put("ingested_at", at.toString())
                .put("submitted_by", submitter.name()).put("submitted_role", submitter.role());
    }
}
