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
        return RuleView.of(Rules.byCode(code), catalog.change(code, change.enabled(), change.parameters(), by));
    }
}
