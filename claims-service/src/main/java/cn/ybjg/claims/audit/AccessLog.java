package cn.ybjg.claims.audit;

import cn.ybjg.claims.settlement.SettlementQuery;
import cn.ybjg.claims.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records every read of settlement records by a supervisor (who, what query, how many rows) in the access log.
 * Hospitals read their own records and admins are audited by their own actions, so only supervisors are logged.
 */
@ApplicationScoped
@Transactional
public class AccessLog {

    public void search(String actor, Scope scope, SettlementQuery q, int rows, long total) {
        if (!scope.supervisor()) return;
        Map<String, Object> query = new LinkedHashMap<>();
        put(query, "personId", q.personId());
        put(query, "institutionCode", q.institutionCode());
        put(query, "from", q.from());
        put(query, "to", q.to());
        query.put("page", q.page());
        query.put("size", q.size());
        append(actor, scope, AccessEntry.Action.SETTLEMENT_SEARCH, "settlements", query, rows, total);
    }

    public void one(String actor, Scope scope, String institutionCode, String settlementId, boolean found) {
        if (!scope.supervisor()) return;
        append(actor, scope, AccessEntry.Action.SETTLEMENT_READ, "settlement:" + institutionCode + "/" + settlementId,
                Map.of("institutionCode", institutionCode, "settlementId", settlementId), found ? 1 : 0, found ? 1 : 0);
    }

    private static void append(String actor, Scope scope, AccessEntry.Action action, String target,
            Map<String, Object> query, int rows, long total) {
        AccessEntry e = new AccessEntry();
        e.at = OffsetDateTime.now();
        e.actor = clip(actor, 100);   // the column widths: a long token name or path must not fail the read
        e.action = action.name();
        e.target = clip(target, 200);
        e.details = Map.of("query", query, "regions", List.copyOf(scope.regions()), "rows", rows, "total", total);
        e.persist();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null && !value.toString().isBlank()) m.put(key, value.toString());
    }
}
