package cn.ybjg.supervision.it;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** The planted cases of {@link FlagFlowTest}, audited by the Kafka Streams engine and projected into the flag table. */
@QuarkusTest
@TestProfile(StreamsEngine.class)
class StreamsFlagFlowTest extends FlagFlowTest {

    /**
     * The consumer loop's DailyRecheck is a bean a test can call; the engine re-audits deceased persons from a
     * wall-clock punctuation when the date moves, tested with a moving clock in streams/DailyRecheckTest.
     */
    @Override
    @Test
    @Disabled("the streams engine's date-driven re-check: streams/DailyRecheckTest")
    void theDailyRecheckRaisesTheEnrollmentVariantOnceTheGraceDaysHavePassed() {
    }

    @Override
    String deadLetterGroup() {
        return StreamsEngine.APPLICATION_ID;
    }
}
