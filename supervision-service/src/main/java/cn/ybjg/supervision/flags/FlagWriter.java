package cn.ybjg.supervision.flags;

import cn.ybjg.supervision.rules.Finding;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconciles findings with stored flags inside the caller's transaction: a new finding inserts an OPEN flag, a
 * finding of a WITHDRAWN flag reopens the same row, an OPEN flag whose finding vanished is WITHDRAWN, and an OPEN
 * flag whose amountAtRisk moved is updated. Every change goes to the outbox. Reviewed flags are left alone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FlagWriter {

    /** How many flags a reconciliation changed. */
    public record Changes(int opened, int reopened, int updated, int withdrawn) {
    }

    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    @Inject
    javax.sql.DataSource dataSource;

    private ObjectMapper evidenceMapper;

    @PostConstruct
    void init() {
        evidenceMapper = mapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * @param findings every finding of the evaluated scope
     * @param inScope  the stored flags of that scope (every rule and subject that was evaluated)
     * @param versions the rule versions in force (flags carry the version that made them)
     */
    public Changes reconcile(Collection<Finding> findings, List<Flag> inScope, Map<String, Integer> versions) {
        return apply(FlagDiff.of(findings, inScope), versions);
    }

    /** Writes a diff computed by {@link FlagDiff#of}; every change but a quiet evidence refresh is published. */
    public Changes apply(List<FlagDiff.Change> diff, Map<String, Integer> versions) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Flag> changed = new java.util.ArrayList<>();
        int opened = 0, reopened = 0, updated = 0, withdrawn = 0;
        for (FlagDiff.Change c : diff) {
            Flag flag = c.stored();
            Finding f = c.finding();
            switch (c.kind()) {
                case OPEN -> {
                    flag = new Flag();
                    flag.id = Flag.idOf(f.ruleCode(), f.subjectKey());
                    flag.detectedAt = now;
                    fill(flag, f, now, versions);
                    flag.persist();
                    opened++;
                }
                case REOPEN -> {
                    fill(flag, f, now, versions);
                    reopened++;
                }
                case UPDATE -> {
                    fill(flag, f, now, versions);
                    updated++;
                }
                case WITHDRAW -> {
                    flag.status = Flag.Status.WITHDRAWN;
                    flag.statusChangedAt = now;
                    withdrawn++;
                }
                case REFRESH -> {
                    // Same amount: refresh the evidence quietly (e.g. a DRG group's sample grew), no re-publication.
                    Map<String, Object> evidence = evidence(f);
                    if (!evidence.equals(flag.evidence)) flag.evidence = evidence;
                    continue;
                }
            }
            changed.add(flag);
        }
        publish(changed, now);
        return new Changes(opened, reopened, updated, withdrawn);
    }

    private void fill(Flag flag, Finding f, OffsetDateTime now, Map<String, Integer> versions) {
        flag.ruleCode = f.ruleCode();
        flag.subjectKey = f.subjectKey();
        flag.severity = f.severity().name();
        flag.settlementId = f.settlement() == null ? null : f.settlement().settlementId();
        flag.institutionCode = f.settlement() == null ? null : f.settlement().institutionCode();
        flag.regionCode = f.regionCode();
        flag.personId = f.personId();
        flag.idNumberHash = f.idNumberHash();
        flag.idNumberMasked = f.idNumberMasked();
        flag.insuranceType = f.insuranceType();
        flag.amountAtRisk = f.amountAtRisk();
        flag.evidence = evidence(f);
        flag.periodDate = f.periodDate();
        flag.status = Flag.Status.OPEN;
        flag.statusChangedAt = now;
        flag.ruleVersion = versions.getOrDefault(f.ruleCode(), flag.ruleVersion);
    }

    private Map<String, Object> evidence(Finding f) {
        return evidenceMapper.convertValue(f.evidence(), new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /** One JDBC batch into the outbox, on the transaction's connection, in flag-change order. */
    private void publish(List<Flag> flags, OffsetDateTime now) {
        if (flags.isEmpty()) return;
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "insert into flag_outbox (topic, flag_id, event_key, payload, created_at) values ('flags.v1', ?, ?, ?, ?)")) {
            for (Flag flag : flags) {
                ps.setObject(1, flag.id);
                ps.setString(2, flag.idNumberHash);
                ps.setString(3, mapper.writeValueAsString(FlagEvent.of(flag)));
                ps.setObject(4, now);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (java.sql.SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("flag outbox write failed: " + e.getMessage(), e);
        }
    }

}
