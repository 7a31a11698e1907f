package cn.ybjg.supervision.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** Group data behind DRG_COST_OUTLIER: configured benchmarks and the totalCost samples of each group. */
public interface DrgData {

    /** The configured benchmark of (region, drg, year), if the table has one. */
    Optional<BigDecimal> configured(String regionCode, String drgCode, int year);

    /** totalCost of the group's counted inpatient settlements whose period date lies in from..to inclusive. */
    List<BigDecimal> costs(String regionCode, String drgCode, LocalDate from, LocalDate to);

    /**
     * Each sample of the group dated from..to with its date, for building a window index once per group. The default
     * asks {@link #costs} one day at a time; a source that keeps samples by date should answer in one pass.
     */
    default void forEachSample(String regionCode, String drgCode, LocalDate from, LocalDate to,
            BiConsumer<LocalDate, BigDecimal> sink) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (BigDecimal cost : costs(regionCode, drgCode, d, d)) sink.accept(d, cost);
        }
    }

    /** Every DRG group of the region that has samples or a configured benchmark. */
    Set<String> groups(String regionCode);

    DrgData NONE = new DrgData() {
        public Optional<BigDecimal> configured(String r, String d, int y) {
            return Optional.empty();
        }

        public List<BigDecimal> costs(String r, String d, LocalDate f, LocalDate t) {
            return List.of();
        }

        public Set<String> groups(String r) {
            return Set.of();
        }
    };
}
