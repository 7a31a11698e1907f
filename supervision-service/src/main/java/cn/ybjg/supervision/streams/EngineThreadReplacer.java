package cn.ybjg.supervision.streams;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * What the engine does when a stream thread dies: it starts a new one. Kafka Streams' default is to shut the whole
 * client down, so one failed transaction commit after a broker restart ({@code InvalidTxnStateException}) stopped
 * the audit until the service was restarted. Under exactly_once_v2 a replaced thread aborts the open transaction
 * and resumes from the last committed offsets and state: nothing is lost or audited twice. Records that cannot be
 * read go to the dead-letter topic before they reach a rule, so a replaced thread does not meet the same record
 * again. The global thread (rule versions, configured benchmarks) cannot be replaced; if it dies the client stops
 * and the liveness check of {@link EngineHealth} reports the service dead so that it is restarted.
 */
@ApplicationScoped
public class EngineThreadReplacer implements StreamsUncaughtExceptionHandler {

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        Metrics.counter("supervision.engine.thread.replacements").increment();
        // Kafka Streams logs the stack trace itself; exception messages from the clients carry no record values.
        Log.warnf("audit engine: a stream thread died (%s); starting a new one", exception.getClass().getSimpleName());
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
