package cn.ybjg.supervision.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** What a rule may read besides the person: today's date, DRG group data and a per-batch memo. */
public final class RuleContext {
    private final LocalDate today;
    private final DrgData drgData;
    private final Map<Object, Object> memo = new HashMap<>();

    public RuleContext(LocalDate today, DrgData drgData) {
        this.today = today;
        this.drgData = drgData;
    }

    public LocalDate today() {
        return today;
    }

    public DrgData drgData() {
        return drgData;
    }

    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return (T) v;
    }
}
