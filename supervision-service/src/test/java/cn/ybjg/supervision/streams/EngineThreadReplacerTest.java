package cn.ybjg.supervision.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class EngineThreadReplacerTest {

    @Test
    void aFailedTransactionCommitReplacesTheThreadAndIsCounted() {
        var registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            var failure = new StreamsException("Error encountered trying to commit a transaction",
                    new InvalidTxnStateException("The producer attempted a transactional operation in an invalid state."));
            var replacer = new EngineThreadReplacer();
            assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, replacer.handle(failure));
            assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, replacer.handle(new IllegalStateException("x")));
            assertEquals(2.0, registry.counter("supervision.engine.thread.replacements").count());
        } finally {
            Metrics.removeRegistry(registry);
        }
    }
}
