package cn.ybjg.supervision.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/** {@link DrgData} held in memory: samples by region, group and date, and the configured benchmarks. */
public final class DrgSamples implements DrgData {
    private final Map<String, Map<String, TreeMap<LocalDate, List<BigDecimal>>>> samples = new HashMap<>();
    private final Map<String, BigDecimal> configured = new HashMap<>();
    private final Map<String, Set<String>> groups = new HashMap<>();

    /** One counted settlement of the group (a SETTLED inpatient stay with that drgCode). */
    public void addSample(String region, String drg, LocalDate date, BigDecimal totalCost) {
        groups.computeIfAbsent(region, k -> new HashSet<>()).add(drg);
        samples.computeIfAbsent(region, k -> new HashMap<>()).computeIfAbsent(drg, k -> new TreeMap<>())
                .computeIfAbsent(date, k -> new ArrayList<>()).add(totalCost);
    }

    public void addConfigured(String region, String drg, int year, BigDecimal benchmark) {
        groups.computeIfAbsent(region, k -> new HashSet<>()).add(drg);
        configured.put(region + "/" + drg + "/" + year, benchmark);
    }

    /** Adds the settlement as a sample if it is one: not reversed, inpatient, with a drgCode. */
    public void addIfCounted(SettlementFact s) {
        if (!s.reversed() && s.inpatient() && s.drgCode() != null && !s.drgCode().isBlank()) {
            addSample(s.regionCode(), s.drgCode(), s.periodDate(), s.totalCost());
        }
    }

    public Optional<BigDecimal> configured(String region, String drg, int year) {
        return Optional.ofNullable(configured.get(region + "/" + drg + "/" + year));
    }

    public List<BigDecimal> costs(String region, String drg, LocalDate from, LocalDate to) {
        List<BigDecimal> out = new ArrayList<>();
        forEachSample(region, drg, from, to, (date, cost) -> out.add(cost));
        return out;
    }

    public void forEachSample(String region, String drg, LocalDate from, LocalDate to, BiConsumer<LocalDate, BigDecimal> sink) {
        var byDate = samples.getOrDefault(region, Map.of()).get(drg);
        if (byDate == null) return;
        byDate.subMap(from, true, to, true).forEach((date, costs) -> costs.forEach(c -> sink.accept(date, c)));
    }

    public Set<String> groups(String region) {
        return groups.getOrDefault(region, Set.of());
    }
}
