package cn.ybjg.supervision.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DECEASED_ACTIVE's grace period runs out with the calendar: the engine re-audits deceased persons each new day. */
class DailyRecheckTest {
    static final String DEAD = PersonRuleFlagsTest.P;
    static final String ALIVE = "hash-p2";

    final MovableClock clock = new MovableClock(Instant.parse("2025-06-30T04:00:00Z"));
    final EngineDriver engine = new EngineDriver(clock);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void graceRunningOutOnALaterDayRaisesTheFlagWithoutAnEvent() {
        engine.send(Ev.enrollment(DEAD, "310", "2020-01-01", null, "ACTIVE", "2025-01-01T09:00:00+08:00"),
                Ev.death(DEAD, "2025-06-10", "2025-06-11T09:00:00+08:00"),
                Ev.enrollment(ALIVE, "310", "2020-01-01", null, "ACTIVE", "2025-01-01T09:00:00+08:00"));
        assertTrue(engine.open("DECEASED_ACTIVE").isEmpty(), "grace (30 days) has not run out on 2025-06-30");

        assertTrue(engine.advance(PersonAuditor.DATE_CHECK_INTERVAL).isEmpty(), "same date: nothing changes");

        clock.now = Instant.parse("2025-07-11T16:30:00Z"); // 2025-07-12 00:30 in Asia/Shanghai
        List<JsonNode> raised = engine.advance(PersonAuditor.DATE_CHECK_INTERVAL);
        assertEquals(1, raised.size(), raised.toString());
        JsonNode f = raised.get(0);
        assertEquals("DECEASED_ACTIVE", f.get("ruleCode").asText());
        assertEquals(DEAD, f.get("idNumberHash").asText());
        assertEquals("ENROLLMENT_AFTER_DEATH", f.get("evidence").get("variant").asText());

        assertTrue(engine.advance(PersonAuditor.DATE_CHECK_INTERVAL).isEmpty(), "audited once per date");
    }

    /** A clock the test moves; zone Asia/Shanghai like the service's. */
    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
