package cn.ybjg.supervision.flags;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads flags within the caller's regions. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FlagService {

    @Inject
    FlagCounts counts;

    static final Set<String> SORTABLE = Set.of("detectedAt", "amountAtRisk", "periodDate", "ruleCode", "status",
            "severity", "regionCode", "institutionCode");

    /** One page and the total count of the same filter. */
    public record Result(List<FlagView> flags, long total) {
    }

    public Result search(FlagQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        add(where, params, "ruleCode", q.ruleCode());
        if (q.severity() != null) add(where, params, "severity", enumValue("severity", q.severity(), Set.of("DEFINITE", "SUSPICIOUS")));
        if (q.status() != null) {
            where.add("status = :status");
            params.put("status", Flag.Status.valueOf(enumValue("status", q.status(),
                    Set.of("OPEN", "CONFIRMED", "DISMISSED", "WITHDRAWN"))));
        } else {
            where.add("status <> :withdrawn");
            params.put("withdrawn", Flag.Status.WITHDRAWN);
        }
        add(where, params, "institutionCode", q.institutionCode());
        add(where, params, "regionCode", q.regionCode());
        add(where, params, "personId", q.personId());
        if (q.from() != null) { where.add("periodDate >= :from"); params.put("from", q.from()); }
        if (q.to() != null) { where.add("periodDate <= :to"); params.put("to", q.to()); }
        if (q.regionScope().isPresent()) {
            if (q.regionScope().get().isEmpty()) return new Result(List.of(), 0);
            where.add("regionCode in :scope");
            params.put("scope", q.regionScope().get());
        }
        var query = Flag.find(String.join(" and ", where), sort(q.sort()), params);
        long total = FlagCounts.answers(q) ? counts.total(q) : query.count();
        List<FlagView> page = query.page(Page.of(q.page(), q.size())).<Flag>list().stream().map(FlagView::of).toList();
        return new Result(page, total);
    }

    public Optional<FlagView> find(UUID id, Optional<List<String>> regionScope) {
        return Flag.<Flag>findByIdOptional(id)
                .filter(f -> regionScope.isEmpty() || regionScope.get().contains(f.regionCode))
                .map(f -> FlagView.of(f, FlagReview.ofFlag(f.id)));
    }

    static Sort sort(String sort) {
        String s = sort == null || sort.isBlank() ? "-detectedAt" : sort.trim();
        boolean desc = s.startsWith("-") || s.endsWith(",desc");
        String field = s.replaceFirst("^[-+]", "").replaceFirst(",(asc|desc)$", "");
        if (!SORTABLE.contains(field)) {
            throw new IllegalArgumentException("sort: unknown field '" + field + "', use one of " + new java.util.TreeSet<>(SORTABLE)
                    + " with an optional '-' prefix for descending");
        }
        return (desc ? Sort.descending(field) : Sort.ascending(field)).and("id");
    }

    private static void add(List<String> where, Map<String, Object> params, String field, String value) {
        if (value == null || value.isBlank()) return;
        where.add(field + " = :" + field);
        params.put(field, value);
    }

    private static String enumValue(String name, String value, Set<String> allowed) {
        if (!allowed.contains(value)) throw new IllegalArgumentException(name + ": must be one of " + new java.util.TreeSet<>(allowed));
        return value;
    }
}
