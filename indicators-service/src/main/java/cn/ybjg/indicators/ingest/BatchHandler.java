package cn.ybjg.indicators.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * One poll batch: parse every record (a record that cannot be parsed or validated goes to the DLQ), apply
 * the rest in one transaction; if that fails, apply them one by one so only the failing record is
 * dead-lettered and the stream goes on.
 */
final class BatchHandler {

    interface Apply<T> {
        void apply(List<T> items) throws Exception;
    }

    private BatchHandler() {
    }

    static <E, T> void handle(ConsumerRecords<String, String> records, ObjectMapper mapper, Class<E> type,
                              Function<E, T> validate, Apply<T> apply, DeadLetters deadLetters) {
        List<ConsumerRecord<String, String>> sources = new ArrayList<>();
        List<T> items = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                if (r.value() == null) throw new InvalidEventException("empty record");
                items.add(validate.apply(mapper.readValue(r.value(), type)));
                sources.add(r);
            } catch (InvalidEventException e) {
                deadLetters.send(r, e.getMessage());
            } catch (Exception e) {
                deadLetters.send(r, "unparseable " + type.getSimpleName() + ": " + e.getClass().getSimpleName());
            }
        }
        if (items.isEmpty()) return;
        try {
            apply.apply(items);
        } catch (Exception batchFailure) {
            Log.warnf("batch of %d on %s failed (%s); applying one by one", items.size(), sources.get(0).topic(),
                    batchFailure.toString());
            for (int i = 0; i < items.size(); i++) {
                try {
                    apply.apply(List.of(items.get(i)));
                } catch (Exception e) {
                    deadLetters.send(sources.get(i), "failed: " + e);
                }
            }
        }
    }
}
