package cn.ybjg.supervision.replay;

import cn.ybjg.supervision.audit.AuditEntry;
import cn.ybjg.supervision.audit.AuditTrail;
import cn.ybjg.supervision.rules.Rules;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Validates and records replay requests; the work is done by {@link ReplayRunner}. */
@ApplicationScoped
@Transactional
public class ReplayService {

    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Inject
    cn.ybjg.supervision.catalog.RuleCatalog catalog;

    /** A job that was running when the service stopped will not finish: say so. */
    void interrupted(@Observes StartupEvent ev) {
        long n = Replay.update("status = ?1, error = ?2, finishedAt = ?3 where status in ?4", Replay.Status.FAILED,
                "interrupted by a restart of the service", OffsetDateTime.now(clock),
                List.of(Replay.Status.QUEUED, Replay.Status.RUNNING));
        if (n > 0) Log.warnf("%d replays interrupted by the restart marked FAILED", n);
    }

    public ReplayView create(ReplayRequest r, String actor) {
        if (r == null) throw new IllegalArgumentException("body: a JSON object {from, to, ruleCodes, dryRun} is required");
        if (r.from() == null || r.to() == null) throw new IllegalArgumentException("from, to: both dates are required");
        if (r.from().isAfter(r.to())) throw new IllegalArgumentException("from: must not be after to");
        if (r.dryRun() == null) throw new IllegalArgumentException("dryRun: required (true = report only, false = apply)");
        List<String> codes = r.ruleCodes() == null ? List.of() : r.ruleCodes().stream().distinct().toList();
        for (String c : codes) {
            if (Rules.byCode(c) == null) throw new IllegalArgumentException("ruleCodes: unknown rule " + c);
        }
        boolean proposals = r.parameters() != null && !r.parameters().isEmpty();
        if (proposals && !r.dryRun()) {
            throw new IllegalArgumentException("parameters: only a dry run may try proposed parameters; "
                    + "make them live with PUT /api/v1/rules/{ruleCode} first");
        }
        if (proposals) catalog.proposed(r.parameters()); // validates: 400 naming a bad parameter
        Replay job = new Replay();
        job.parameters = proposals ? r.parameters() : null;
        job.id = UUID.randomUUID();
        job.from = r.from();
        job.to = r.to();
        job.ruleCodes = codes;
        job.dryRun = r.dryRun();
        job.status = Replay.Status.QUEUED;
        job.actor = actor;
        job.createdAt = OffsetDateTime.now(clock);
        job.persist();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", r.from().toString());
        details.put("to", r.to().toString());
        details.put("ruleCodes", codes);
        details.put("dryRun", job.dryRun);
        if (job.parameters != null) details.put("parameters", job.parameters);
        audit.record(actor, AuditEntry.Action.REPLAY_STARTED, "replay:" + job.id, details);
        return ReplayView.of(job);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReplayView> find(UUID id) {
        return Replay.<Replay>findByIdOptional(id).map(ReplayView::of);
    }
}
