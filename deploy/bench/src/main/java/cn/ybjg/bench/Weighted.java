package cn.ybjg.bench;

import java.util.List;
import java.util.function.ToIntFunction;

final class Weighted {
    private Weighted() {
    }

    static <T> T pick(List<T> items, ToIntFunction<T> weight, Rng rng) {
        int total = items.stream().mapToInt(weight).sum();
        int u = rng.between(0, total - 1);
        for (T item : items) {
            u -= weight.applyAsInt(item);
            if (u < 0) {
                return item;
            }
        }
        throw new IllegalStateException("empty weights");
    }
}
