package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.flags.Flag;
import cn.ybjg.supervision.flags.FlagEvent;
import cn.ybjg.supervision.rules.Finding;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Diffs a person's findings against the flags the engine published for that person, the way the flag writer does
 * for stored flags (flags/FlagDiff): a new finding raises a flag, a WITHDRAWN flag found again re-opens (keeping its
 * detectedAt), an OPEN flag whose amount, severity or evidence moved is re-published, and an OPEN flag of an
 * evaluated rule whose finding vanished is WITHDRAWN. Flags of rules not evaluated (disabled) are left alone.
 */
public final class FlagChanges {

    /** The person's flags after the diff and the flags.v1 events to publish, in a stable order. */
    public record Outcome(List<PersonFlag> flags, List<FlagEvent> published) {
    }

    private FlagChanges() {
    }

    public static Outcome of(Collection<Finding> findings, Collection<String> evaluatedRules, Map<String, Integer> versions,
            List<PersonFlag> current, OffsetDateTime now) {
        Map<String, PersonFlag> flags = new TreeMap<>();
        current.forEach(f -> flags.put(f.key(), f));
        Map<String, Finding> found = new LinkedHashMap<>();
        findings.forEach(f -> found.putIfAbsent(PersonFlag.key(f.ruleCode(), f.subjectKey()), f));
        List<FlagEvent> published = new ArrayList<>();
        for (var e : found.entrySet()) {
            Finding f = e.getValue();
            PersonFlag stored = flags.get(e.getKey());
            if (stored != null && stored.open() && unchanged(stored.published(), f)) continue;
            OffsetDateTime detectedAt = stored == null ? now : stored.published().detectedAt();
            int version = versions.getOrDefault(f.ruleCode(), stored == null ? 1 : stored.published().ruleVersion());
            FlagEvent event = raised(f, version, detectedAt, now);
            flags.put(e.getKey(), new PersonFlag(f.ruleCode(), f.subjectKey(), now, event));
            published.add(event);
        }
        for (PersonFlag stored : current) {
            if (stored.open() && evaluatedRules.contains(stored.ruleCode()) && !found.containsKey(stored.key())) {
                FlagEvent event = withdrawn(stored.published(), now);
                flags.put(stored.key(), new PersonFlag(stored.ruleCode(), stored.subjectKey(), now, event));
                published.add(event);
            }
        }
        return new Outcome(List.copyOf(flags.values()), published);
    }

    private static boolean unchanged(FlagEvent stored, Finding f) {
        return stored.amountAtRisk().compareTo(f.amountAtRisk()) == 0 && stored.severity().equals(f.severity().name())
                && canonical(stored.evidence()).equals(canonical(f.evidence()));
    }

    private static FlagEvent raised(Finding f, int version, OffsetDateTime detectedAt, OffsetDateTime now) {
        var id = Flag.idOf(f.ruleCode(), f.subjectKey());
        return new FlagEvent(1, FlagEvent.eventIdOf(id, PersonFlag.OPEN, now), id, f.ruleCode(), version,
                f.severity().name(), f.settlement() == null ? null : f.settlement().settlementId(),
                f.settlement() == null ? null : f.settlement().institutionCode(), f.regionCode(), f.personId(),
                f.idNumberHash(), f.idNumberMasked(), f.insuranceType(), f.amountAtRisk(), evidence(f.evidence()),
                detectedAt, f.periodDate(), PersonFlag.OPEN);
    }

    private static FlagEvent withdrawn(FlagEvent e, OffsetDateTime now) {
        return new FlagEvent(1, FlagEvent.eventIdOf(e.id(), PersonFlag.WITHDRAWN, now), e.id(), e.ruleCode(),
                e.ruleVersion(), e.severity(), e.settlementId(), e.institutionCode(), e.regionCode(), e.personId(),
                e.idNumberHash(), e.idNumberMasked(), e.insuranceType(), e.amountAtRisk(), e.evidence(), e.detectedAt(),
                e.periodDate(), PersonFlag.WITHDRAWN);
    }

    /** Evidence as it reads back from JSON (dates as text, decimals exact), so stored and fresh compare equal. */
    private static Map<String, Object> evidence(Map<String, Object> raw) {
        try {
            return StreamsJson.MAPPER.readValue(StreamsJson.MAPPER.writeValueAsBytes(raw),
                    new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode canonical(Map<String, Object> evidence) {
        try {
            return StreamsJson.MAPPER.readTree(StreamsJson.MAPPER.writeValueAsBytes(evidence));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
