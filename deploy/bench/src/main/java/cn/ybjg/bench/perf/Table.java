package cn.ybjg.bench.perf;

import java.util.ArrayList;
import java.util.List;

/** Renders rows as a fixed-width text table: measurement | value | baseline (same run) | ratio | goal | verdict. */
public final class Table {
    static final String[] HEADER = {"measurement", "value", "baseline (same run)", "ratio", "goal", "verdict"};

    private Table() {
    }

    public static String render(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Row r : rows) {
            String baseline = r.baseline() == null ? "" : r.baselineName() + ": " + Fmt.value(r.baseline(), r.unit());
            cells.add(new String[] {r.name(), Fmt.value(r.value(), r.unit()), baseline,
                r.ratio() == null ? "" : Fmt.ratio(r.ratio()), r.goal() == null ? "" : r.goal().text(), r.verdict()});
        }
        int[] width = new int[HEADER.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                width[i] = Math.max(width[i], line[i].codePointCount(0, line[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < cells.size(); n++) {
            String[] line = cells.get(n);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                text.append(i == 0 ? "" : " | ").append(pad(line[i], width[i]));
            }
            out.append(text.toString().stripTrailing()).append('\n');
            if (n == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < width.length; i++) {
                    rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
                }
                out.append(rule).append('\n');
            }
        }
        for (Row r : rows) {
            if (r.note() != null) {
                out.append("  * ").append(r.name()).append(": ").append(r.note()).append('\n');
            }
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.codePointCount(0, s.length()));
    }
}
