package cn.ybjg.supervision.streams;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Turns a rejected record back into its original bytes with the dlq-* headers of docs/events.md; dlq-consumer-group
 * is the engine's application id (its consumer group), as the consumer loop names its group.
 */
final class DeadLetterHeaders implements FixedKeyProcessor<String, ParsedEvent, byte[]> {
    private FixedKeyProcessorContext<String, byte[]> context;

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ParsedEvent> record) {
        var headers = record.headers();
        headers.add("dlq-reason", utf8(record.value().problem()));
        context.recordMetadata().ifPresent((RecordMetadata m) -> {
            headers.add("dlq-original-topic", utf8(m.topic()));
            headers.add("dlq-original-partition", utf8(String.valueOf(m.partition())));
            headers.add("dlq-original-offset", utf8(String.valueOf(m.offset())));
        });
        headers.add("dlq-consumer-group", utf8(context.applicationId()));
        context.forward(record.withValue(record.value().raw()).withHeaders(headers));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
