package cn.ybjg.indicators.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.ybjg.indicators.seeds.IndicatorsConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnrolledPersonsCacheTest {
    static final List<LocalDate> DAYS = List.of(LocalDate.of(2025, 12, 31));

    static EnrolledPersonsCache cache(Duration ttl) {
        EnrolledPersonsCache c = new EnrolledPersonsCache();
        c.config = new IndicatorsConfig() {
            public List<String> seedLocations() { return List.of(); }
            public BigDecimal defaultTolerancePp() { return BigDecimal.ONE; }
            public Duration enrolledPersonsCacheTtl() { return ttl; }
        };
        return c;
    }

    @Test
    void reusesACountUntilAnEnrollmentBatchIsCommitted() throws Exception {
        EnrolledPersonsCache c = cache(Duration.ofMinutes(1));
        AtomicInteger loads = new AtomicInteger();
        EnrolledPersonsCache.Loader loader = () -> Map.of(DAYS.get(0), (long) loads.incrementAndGet());
        assertEquals(1L, c.get("431000", "310", DAYS, loader).get(DAYS.get(0)));
        assertEquals(1L, c.get("431000", "310", DAYS, loader).get(DAYS.get(0)));
        assertEquals(2L, c.get("431000", "390", DAYS, loader).get(DAYS.get(0)), "another key is counted apart");
        c.invalidate();
        assertEquals(3L, c.get("431000", "310", DAYS, loader).get(DAYS.get(0)));
        assertEquals(3, loads.get());
    }

    @Test
    void anExpiredEntryIsCountedAgain() throws Exception {
        EnrolledPersonsCache c = cache(Duration.ZERO);
        AtomicInteger loads = new AtomicInteger();
        EnrolledPersonsCache.Loader loader = () -> Map.of(DAYS.get(0), (long) loads.incrementAndGet());
        c.get("431000", null, DAYS, loader);
        c.get("431000", null, DAYS, loader);
        assertEquals(2, loads.get());
    }
}
