package cn.ybjg.supervision.streams.drg;

import static cn.ybjg.supervision.streams.drg.JudgeOnStores.stay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ybjg.supervision.flags.FlagEvent;
import cn.ybjg.supervision.rules.DrgCostOutlierRule;
import cn.ybjg.supervision.rules.SettlementFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One task's judge on its stores. Restarted after a crash (stores as committed, memory empty), it judges the dates
 * made dirty before the crash and withdraws flags raised before it; a punctuation cut short by its time budget leaves
 * the rest dirty, and the next ones finish it with the same result.
 */
class DrgJudgeTaskTest {
    static final DrgCostOutlierRule.Params PARAMS = new DrgCostOutlierRule.Params(new java.math.BigDecimal("0.4"),
            new DrgCostOutlierRule().defaults().highMultiples(), new java.math.BigDecimal("0.1"), 5, 40);
    final JudgeOnStores task = new JudgeOnStores(PARAMS).start();

    @AfterEach
    void close() {
        task.close();
    }

    /** Eight stays at 1,000.00, H at 6,000.00 and L at 300.00 on one date: H 高倍率, L 低倍率. */
    static List<SettlementFact> highAndLow() {
        List<SettlementFact> out = new ArrayList<>();
        out.add(stay("H", "FM19", "2025-03-01", "6000.00"));
        out.add(stay("L", "FM19", "2025-03-01", "300.00"));
        for (int i = 1; i <= 8; i++) out.add(stay("B" + i, "FM19", "2025-03-01", "1000.00"));
        return out;
    }

    static Map<String, String> statuses(List<FlagEvent> events) {
        Map<String, String> out = new TreeMap<>();
        events.forEach(e -> out.put(e.settlementId(), e.status()));
        return out;
    }

    @Test
    void datesMadeDirtyBeforeACrashAreJudgedAfterIt() {
        task.process(highAndLow().toArray(SettlementFact[]::new));
        assertEquals(1, task.dirtyEntries(), "the dirty dates are in the store, not only in memory");

        task.start();

        assertEquals(Map.of("H", "OPEN", "L", "OPEN"), statuses(task.punctuate()));
        assertEquals(0, task.dirtyEntries());
    }

    @Test
    void aRestartedTaskWithdrawsAFlagRaisedBeforeTheRestart() {
        task.process(highAndLow().toArray(SettlementFact[]::new));
        assertEquals(Map.of("H", "OPEN", "L", "OPEN"), statuses(task.punctuate()));

        task.start();
        assertEquals(List.of(), task.punctuate(), "nothing dirty: nothing judged");
        task.process(highAndLow().get(2)); // a re-delivery changes nothing
        task.process(JudgeOnStores.reversed(highAndLow().get(0)));

        // H reversed: withdrawn; 9 samples left (none trimmed), L re-published with the new benchmark
        assertEquals(Map.of("H", "WITHDRAWN", "L", "OPEN"), statuses(task.punctuate()));
        task.process(highAndLow().get(0));
        assertEquals(List.of(), task.punctuate(), "a SETTLED after its REVERSED stays reversed across restarts too");
    }

    @Test
    void aJudgementCutShortByItsBudgetIsFinishedByTheNextPunctuations() {
        List<SettlementFact> stays = new ArrayList<>();
        for (String region : List.of("431000", "431100")) {
            for (String date : List.of("2025-03-01", "2025-03-05", "2025-03-09")) {
                for (SettlementFact s : highAndLow()) {
                    stays.add(JudgeOnStores.stay(region, s.settlementId() + region + date, "FM19", date, s.totalCost().toPlainString()));
                }
            }
        }
        Map<String, String> expected;
        try (JudgeOnStores unhurried = new JudgeOnStores(PARAMS).start()) {
            unhurried.process(stays.toArray(SettlementFact[]::new));
            expected = statuses(unhurried.punctuate());
        }

        JudgeOnStores hurried = task.start(java.time.Duration.ZERO);
        hurried.process(stays.toArray(SettlementFact[]::new));
        Map<String, String> published = new TreeMap<>();
        int punctuations = 0;
        while (hurried.dirtyEntries() > 0 && punctuations < 20) {
            published.putAll(statuses(hurried.punctuate()));
            punctuations++;
            // a crash between two of them loses nothing: what is left is in the store
            if (punctuations == 2) hurried.start(java.time.Duration.ZERO);
        }

        assertEquals(6, punctuations, "a zero budget judges one date per punctuation: 3 dates × 2 regions");
        assertEquals(expected, published);
        assertEquals(12, expected.size(), "H and L of every date of both regions: " + expected);
    }
}
