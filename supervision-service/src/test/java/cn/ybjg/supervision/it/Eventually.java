package cn.ybjg.supervision.it;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls a condition until it holds, for asynchronous (Kafka) effects in integration tests. */
final class Eventually {
    private Eventually() {
    }

    static <T> T get(Duration timeout, Supplier<T> value, java.util.function.Predicate<T> done) {
        long end = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > end) return last;
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            last = value.get();
        }
        return last;
    }
}
