package cn.ybjg.supervision.rules.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ybjg.supervision.rules.DrgBenchmarks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random streams of adds, re-deliveries, corrections, removals and bulk loads against a plain map of the samples;
 * after every operation the window index must answer random dates exactly as {@link DrgBenchmarks#trimmedMean}
 * over a brute-force window does.
 */
class GroupWindowPropertyTest {
    static final int SEEDS = 300;
    static final int OPERATIONS = 300;
    static final LocalDate[] CENTRES = {LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 31), LocalDate.of(2024, 2, 29),
            LocalDate.of(1970, 1, 1), LocalDate.of(2025, 6, 30)};
    static final BigDecimal[] FRACTIONS = {BigDecimal.ZERO, new BigDecimal("0.1"), new BigDecimal("0.25")};
    static final int[] WINDOWS = {1, 2, 15, 16, 17, 31, 32, 33, 365, 366};

    /** One seed's shape: how spread the dates are, how many distinct amounts, how many ids. */
    record Shape(LocalDate centre, int spreadDays, long[] amounts, int idPool) {
        static Shape random(Random r) {
            int distinct = r.nextInt(4) == 0 ? 2000 : 1 + r.nextInt(6);
            long[] amounts = new long[distinct];
            for (int i = 0; i < distinct; i++) amounts[i] = r.nextInt(10) == 0 ? 0 : 100 + r.nextInt(2_000_000);
            return new Shape(CENTRES[r.nextInt(CENTRES.length)], 1 + r.nextInt(r.nextBoolean() ? 40 : 400), amounts,
                    20 + r.nextInt(200));
        }

        Sample sample(Random r) {
            return new Sample("s" + r.nextInt(idPool), centre.plusDays(r.nextInt(2 * spreadDays + 1) - spreadDays),
                    amounts[r.nextInt(amounts.length)]);
        }
    }

    @Test
    void agreesWithTheSortingDefinitionAfterEveryOperation() {
        int checks = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Random r = new Random(seed);
            Shape shape = Shape.random(r);
            GroupWindow window = new GroupWindow();
            Map<String, Sample> model = new HashMap<>();
            for (int op = 0; op < OPERATIONS; op++) {
                apply(r, shape, window, model, seed + "/" + op);
                check(r, shape, window, model, seed + "/" + op);
                checks++;
                if (op % 100 == 99) window = roundTrip(window, model, seed + "/" + op);
            }
        }
        System.out.printf("GroupWindowPropertyTest: %d seeds × %d operations, %d benchmark comparisons%n", SEEDS, OPERATIONS, checks);
    }

    private static void apply(Random r, Shape shape, GroupWindow window, Map<String, Sample> model, String where) {
        int kind = r.nextInt(10);
        if (kind < 5) {
            Sample s = shape.sample(r);
            assertEquals(!s.equals(model.put(s.id(), s)), window.add(s), where + " add");
        } else if (kind < 6 && !model.isEmpty()) {
            Sample again = any(r, model);
            assertEquals(false, window.add(again), where + " re-delivery");
        } else if (kind < 8) {
            String id = "s" + r.nextInt(shape.idPool());
            assertEquals(model.remove(id) != null, window.remove(id), where + " remove");
        } else {
            List<Sample> batch = new ArrayList<>();
            for (int i = r.nextInt(30); i > 0; i--) batch.add(r.nextInt(5) == 0 && !model.isEmpty() ? any(r, model) : shape.sample(r));
            batch.forEach(s -> model.put(s.id(), s));
            window.addAll(batch);
        }
        assertEquals(model.size(), window.size(), where + " size");
    }

    private static void check(Random r, Shape shape, GroupWindow window, Map<String, Sample> model, String where) {
        LocalDate d = r.nextInt(3) == 0 && !model.isEmpty() ? any(r, model).date().plusDays(r.nextInt(3) - 1)
                : shape.centre().plusDays(r.nextInt(2 * shape.spreadDays() + 60) - shape.spreadDays() - 30);
        int days = r.nextInt(4) == 0 ? 1 + r.nextInt(500) : WINDOWS[r.nextInt(WINDOWS.length)];
        BigDecimal fraction = FRACTIONS[r.nextInt(FRACTIONS.length)];
        int minSample = 1 + r.nextInt(40);
        assertEquals(reference(model, d, days, fraction, minSample), window.benchmark(d, days, fraction, minSample),
                where + " benchmark " + d + " window " + days + " trim " + fraction + " min " + minSample);
    }

    /** The definition, by brute force: every sample in the window, sorted and trimmed by DrgBenchmarks. */
    static Optional<WindowBenchmark> reference(Map<String, Sample> model, LocalDate d, int days, BigDecimal fraction,
            int minSample) {
        LocalDate from = d.minusDays(days - 1L);
        List<BigDecimal> costs = new ArrayList<>();
        for (Sample s : model.values()) {
            if (!s.date().isBefore(from) && !s.date().isAfter(d)) costs.add(BigDecimal.valueOf(s.fen(), 2));
        }
        if (costs.isEmpty() || costs.size() < minSample) return Optional.empty();
        return Optional.of(new WindowBenchmark(DrgBenchmarks.trimmedMean(costs, fraction), costs.size(), from, d));
    }

    private static GroupWindow roundTrip(GroupWindow window, Map<String, Sample> model, String where) {
        GroupWindow copy = GroupWindowCodec.decode(GroupWindowCodec.encode(window));
        assertEquals(window.samples(), copy.samples(), where + " codec");
        assertEquals(model.size(), copy.size(), where + " codec size");
        return copy;
    }

    private static Sample any(Random r, Map<String, Sample> model) {
        List<Sample> all = new ArrayList<>(model.values());
        return all.get(r.nextInt(all.size()));
    }
}
