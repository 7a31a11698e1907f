package cn.ybjg.supervision.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

/** Appends to the audit log, inside the caller's transaction when there is one (so the entry commits with the act). */
@ApplicationScoped
@Transactional
public class AuditTrail {

    @Inject
    Clock clock;

    public void record(String actor, AuditEntry.Action action, String target, Map<String, Object> details) {
        AuditEntry e = new AuditEntry();
        e.at = OffsetDateTime.now(clock);
        e.actor = actor;
        e.action = action.name();
        e.target = target;
        e.details = details;
        e.persist();
    }
}
