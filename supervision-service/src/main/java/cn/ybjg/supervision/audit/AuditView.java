package cn.ybjg.supervision.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** An audit log entry as the API shows it. */
public record AuditView(long id, OffsetDateTime at, String actor, String action, String target,
        Map<String, Object> details) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id, e.at, e.actor, e.action, e.target, e.details);
    }
}
