package cn.ybjg.supervision.catalog;

import cn.ybjg.supervision.rules.Rule;
import cn.ybjg.supervision.rules.Rules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the catalog and makes new rule versions. */
@ApplicationScoped
@Transactional
public class RuleService {

    @Inject
    RuleCatalog catalog;
    @Inject
    cn.ybjg.supervision.audit.AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleView> list() {
        Map<String, RuleVersion> latest = RuleVersion.latest().stream()
                .collect(Collectors.toMap(v -> v.ruleCode, v -> v));
        return Rules.ALL.stream().filter(r -> latest.containsKey(r.code()))
                .map(r -> RuleView.of(r, latest.get(r.code()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleView> get(String code) {
        Rule<?> rule = Rules.byCode(code);
        if (rule == null) return Optional.empty();
        return Optional.ofNullable(RuleVersion.latest(code)).map(v -> RuleView.of(rule, v));
    }

    public RuleView change(String code, RuleChange change, String by) {
        RuleVersion.getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(?1)) as text)")
                .setParameter(1, "rule:" + code).getSingleResult();
        RuleVersion v = catalog.change(code, change.enabled(), change.parameters(), by);
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("version", v.version);
        details.put("enabled", v.enabled);
        details.put("requested", change.parameters() == null ? Map.of() : change.parameters());
        details.put("parameters", v.parameters);
        audit.record(by, cn.ybjg.supervision.audit.AuditEntry.Action.RULE_CHANGE, "rule:" + code, details);
        return RuleView.of(Rules.byCode(code), v);
    }
}
