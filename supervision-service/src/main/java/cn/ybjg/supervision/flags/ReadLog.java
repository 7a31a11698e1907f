package cn.ybjg.supervision.flags;

import cn.ybjg.supervision.api.Caller;
import cn.ybjg.supervision.audit.AuditEntry;
import cn.ybjg.supervision.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The access log of supervisors' flag reads (who, what query, how many rows), kept in the audit log. */
@ApplicationScoped
public class ReadLog {

    @Inject
    AuditTrail audit;

    void search(Caller caller, FlagQuery q, int rows, long total) {
        if (caller.regionScope().isEmpty()) return;
        Map<String, Object> query = new LinkedHashMap<>();
        put(query, "ruleCode", q.ruleCode());
        put(query, "severity", q.severity());
        put(query, "status", q.status());
        put(query, "institutionCode", q.institutionCode());
        put(query, "regionCode", q.regionCode());
        put(query, "personId", q.personId());
        put(query, "from", q.from() == null ? null : q.from().toString());
        put(query, "to", q.to() == null ? null : q.to().toString());
        put(query, "sort", q.sort());
        query.put("page", q.page());
        query.put("size", q.size());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("query", query);
        details.put("regions", caller.regionScope().get());
        details.put("rows", rows);
        details.put("total", total);
        audit.record(caller.name(), AuditEntry.Action.FLAG_READ, "flags", details);
    }

    void one(Caller caller, UUID id, boolean found) {
        if (caller.regionScope().isEmpty()) return;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("query", Map.of("id", id.toString()));
        details.put("regions", caller.regionScope().get());
        details.put("rows", found ? 1 : 0);
        audit.record(caller.name(), AuditEntry.Action.FLAG_READ, "flag:" + id, details);
    }

    private static void put(Map<String, Object> m, String k, String v) {
        if (v != null && !v.isBlank()) m.put(k, v);
    }
}
