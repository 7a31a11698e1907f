package cn.ybjg.supervision.engine;

import cn.ybjg.supervision.catalog.ActiveRule;
import cn.ybjg.supervision.catalog.RuleCatalog;
import cn.ybjg.supervision.flags.Flag;
import cn.ybjg.supervision.flags.FlagDiff;
import cn.ybjg.supervision.flags.FlagWriter;
import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.DrgData;
import cn.ybjg.supervision.rules.Finding;
import cn.ybjg.supervision.rules.PersonHistory;
import cn.ybjg.supervision.rules.RuleContext;
import cn.ybjg.supervision.rules.SettlementFact;
import cn.ybjg.supervision.state.DrgDataLoader;
import cn.ybjg.supervision.state.StateReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Re-checks what new state affects: every enabled rule over the whole history of each affected person, plus
 * DRG_COST_OUTLIER over the settlements of each touched DRG group whose benchmark window covers the new
 * sample. Findings are reconciled with the stored flags of exactly that scope.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Evaluator {

    /** A DRG group touched on a date (its benchmark moved for the window starting there). */
    public record GroupTouch(String regionCode, String drgCode, LocalDate date) {
    }

    @Inject
    StateReader reader;
    @Inject
    DrgDataLoader drgLoader;
    @Inject
    RuleCatalog catalog;
    @Inject
    FlagWriter writer;
    @Inject
    Clock clock;

    /** Findings of a scope with the stored flags of exactly that scope and the rule versions that made them. */
    public record Plan(List<Finding> findings, List<Flag> scope, Map<String, Integer> versions) {

        /** The part of the plan whose subjects fall in from..to (by periodDate). */
        public Plan within(LocalDate from, LocalDate to) {
            return new Plan(findings.stream().filter(f -> !f.periodDate().isBefore(from) && !f.periodDate().isAfter(to)).toList(),
                    scope.stream().filter(f -> !f.periodDate.isBefore(from) && !f.periodDate.isAfter(to)).toList(), versions);
        }

        public List<FlagDiff.Change> diff() {
            return FlagDiff.of(findings, scope);
        }
    }

    public FlagWriter.Changes evaluate(Collection<String> persons, Collection<GroupTouch> touches) {
        Plan plan = plan(persons, touches, catalog.current());
        return writer.reconcile(plan.findings(), plan.scope(), plan.versions());
    }

    /** What the given rules (those enabled among them) find for these persons; writes nothing. */
    public Plan plan(Collection<String> persons, Collection<GroupTouch> touches, Map<String, ActiveRule> rules) {
        List<ActiveRule> enabled = rules.values().stream().filter(ActiveRule::enabled).toList();
        Map<String, PersonHistory> histories = reader.histories(persons);
        ActiveRule drg = enabled.stream().filter(r -> r.code().equals(DrgCostOutlierRule.CODE)).findFirst().orElse(null);

        List<SettlementFact> groupRechecks = drg == null ? List.of()
                : groupRechecks(touches, ((DrgCostOutlierRule.Params) drg.params()).windowDays(), histories.keySet());
        DrgData drgData = drg == null ? DrgData.NONE : drgData(histories.values(), groupRechecks,
                ((DrgCostOutlierRule.Params) drg.params()).windowDays());
        RuleContext ctx = new RuleContext(LocalDate.now(clock), drgData);

        List<Finding> findings = new ArrayList<>();
        for (PersonHistory h : histories.values()) {
            for (ActiveRule rule : enabled) findings.addAll(rule.evaluate(h, ctx));
        }
        if (drg != null && !groupRechecks.isEmpty()) {
            findings.addAll(drg.evaluate(new PersonHistory("", groupRechecks, List.of(), Optional.empty()), ctx));
        }

        List<String> personRules = enabled.stream().map(ActiveRule::code)
                .filter(c -> !c.equals(DrgCostOutlierRule.CODE)).toList();
        List<Flag> scope = new ArrayList<>(Flag.ofPersons(personRules, histories.keySet()));
        if (drg != null) {
            List<String> drgSubjects = new ArrayList<>();
            histories.values().forEach(h -> h.settlements().forEach(s -> drgSubjects.add(s.subjectKey())));
            groupRechecks.forEach(s -> drgSubjects.add(s.subjectKey()));
            for (int i = 0; i < drgSubjects.size(); i += 5000) {
                scope.addAll(Flag.ofSubjects(DrgCostOutlierRule.CODE, drgSubjects.subList(i, Math.min(drgSubjects.size(), i + 5000))));
            }
        }
        Map<String, Integer> versions = rules.values().stream().collect(Collectors.toMap(ActiveRule::code, ActiveRule::version));
        return new Plan(findings, scope, versions);
    }

    /** Settlements (of other persons) in each touched group within the window after the touch. */
    private List<SettlementFact> groupRechecks(Collection<GroupTouch> touches, int windowDays, Set<String> persons) {
        Map<List<String>, LocalDate[]> ranges = new LinkedHashMap<>();
        for (GroupTouch t : touches) {
            LocalDate[] r = ranges.computeIfAbsent(List.of(t.regionCode(), t.drgCode()), k -> new LocalDate[] {t.date(), t.date()});
            if (t.date().isBefore(r[0])) r[0] = t.date();
            if (t.date().isAfter(r[1])) r[1] = t.date();
        }
        List<SettlementFact> out = new ArrayList<>();
        for (var e : ranges.entrySet()) {
            for (SettlementFact s : reader.groupSettlements(e.getKey().get(0), e.getKey().get(1), e.getValue()[0],
                    e.getValue()[1].plusDays(windowDays - 1L))) {
                if (!persons.contains(s.idNumberHash())) out.add(s);
            }
        }
        return out;
    }

    /** Samples for every region with a DRG subject, over the windows of its subjects' dates. */
    private DrgData drgData(Collection<PersonHistory> histories, List<SettlementFact> rechecks, int windowDays) {
        Map<String, DrgDataLoader.Range> ranges = new HashMap<>();
        List<SettlementFact> subjects = new ArrayList<>(rechecks);
        histories.forEach(h -> subjects.addAll(h.active()));
        for (SettlementFact s : subjects) {
            if (!s.inpatient() || s.drgCode() == null) continue;
            LocalDate from = s.periodDate().minusDays(windowDays - 1L);
            ranges.merge(s.regionCode(), new DrgDataLoader.Range(from, s.periodDate()), (a, b) -> new DrgDataLoader.Range(
                    a.from().isBefore(b.from()) ? a.from() : b.from(), a.to().isAfter(b.to()) ? a.to() : b.to()));
        }
        return ranges.isEmpty() ? DrgData.NONE : drgLoader.load(ranges);
    }
}
