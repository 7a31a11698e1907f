package cn.ybjg.supervision.streams.drg;

import cn.ybjg.supervision.flags.FlagEvent;
import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.Finding;
import cn.ybjg.supervision.streams.FlagChanges;
import cn.ybjg.supervision.streams.PersonFlag;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Publishes what changed in the DRG flags of one (group, date) with the person flags' semantics (FlagChanges): a
 * new finding opens a flag, a withdrawn one found again re-opens with its detectedAt, a moved amount, severity or
 * evidence is re-published, a flag whose finding vanished (or whose stay was reversed) is withdrawn.
 */
final class DrgFlags {
    private static final Set<String> EVALUATED = Set.of(DrgCostOutlierRule.CODE);
    private final KeyValueStore<String, PersonFlag> store;
    private final Consumer<FlagEvent> publish;

    DrgFlags(KeyValueStore<String, PersonFlag> store, Consumer<FlagEvent> publish) {
        this.store = store;
        this.publish = publish;
    }

    /** Diffs the findings of one date of one group with its flags, stores and publishes the changes. */
    void reconcile(List<Finding> findings, DayStays day, int ruleVersion, OffsetDateTime now) {
        Set<String> subjects = new LinkedHashSet<>(day.open());
        findings.forEach(f -> subjects.add(f.subjectKey()));
        List<PersonFlag> current = new ArrayList<>(subjects.size());
        for (String s : subjects) {
            PersonFlag f = store.get(s);
            if (f != null) current.add(f);
        }
        var outcome = FlagChanges.of(findings, EVALUATED, Map.of(DrgCostOutlierRule.CODE, ruleVersion), current, now);
        Set<FlagEvent> published = Collections.newSetFromMap(new IdentityHashMap<>());
        published.addAll(outcome.published());
        for (PersonFlag f : outcome.flags()) {
            if (!published.contains(f.published())) continue;
            store.put(f.subjectKey(), f);
            if (PersonFlag.OPEN.equals(f.published().status())) day.opened(f.subjectKey());
            else day.closed(f.subjectKey());
        }
        outcome.published().forEach(publish);
    }
}
