package cn.ybjg.supervision.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Searches the audit log, newest first; from/to are dates in Asia/Shanghai, both inclusive. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQuery {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One page and the total of the same filter. */
    public record Result(List<AuditView> entries, long total) {
    }

    public Result search(String action, String actor, LocalDate from, LocalDate to, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (action != null && !action.isBlank()) {
            if (Arrays.stream(AuditEntry.Action.values()).noneMatch(a -> a.name().equals(action))) {
                throw new IllegalArgumentException("action: must be one of " + Arrays.toString(AuditEntry.Action.values()));
            }
            where.add("action = :action");
            params.put("action", action);
        }
        if (actor != null && !actor.isBlank()) {
            where.add("actor = :actor");
            params.put("actor", actor);
        }
        if (from != null) {
            where.add("at >= :from");
            params.put("from", from.atStartOfDay(CHINA).toOffsetDateTime());
        }
        if (to != null) {
            where.add("at < :to");
            params.put("to", to.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
        }
        var query = AuditEntry.<AuditEntry>find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                Sort.descending("at").and("id", Sort.Direction.Descending), params);
        long total = query.count();
        return new Result(query.page(Page.of(page, size)).list().stream().map(AuditView::of).toList(), total);
    }
}
