package cn.ybjg.supervision.streams;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Parses each input record by the topic it came from; a record that cannot be used is marked for the DLQ. */
final class EventParser implements FixedKeyProcessor<String, byte[], ParsedEvent> {
    private FixedKeyProcessorContext<String, ParsedEvent> context;

    @Override
    public void init(FixedKeyProcessorContext<String, ParsedEvent> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        String topic = context.recordMetadata().map(m -> m.topic()).orElse("");
        ParsedEvent parsed;
        try {
            parsed = ParsedEvent.ok(record.value(), EventReader.read(topic, record.key(), record.value()));
        } catch (RuntimeException e) {
            parsed = ParsedEvent.rejected(record.value(), e.getMessage());
        }
        context.forward(record.withValue(parsed));
    }
}
