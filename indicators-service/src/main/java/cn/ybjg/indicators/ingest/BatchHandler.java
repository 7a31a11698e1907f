package cn.ybjg.indicators.ingest;

import cn.ybjg.kit.DatabaseOutage;
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
 * dead-lettered and the stream goes on. A database outage is waited out instead (nothing dead-lettered).
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
            applyThroughOutages(apply, items);
        } catch (Exception batchFailure) {
            Log.warnf("batch of %d on %s failed (%s); applying one by one", items.size(), sources.get(0).topic(),
                    batchFailure.toString());
            for (int i = 0; i < items.size(); i++) {
                try {
                    applyThroughOutages(apply, List.of(items.get(i)));
                } catch (Exception e) {
                    deadLetters.send(sources.get(i), "failed: " + e);
                }
            }
        }
    }

    /**
     * While the database is unreachable the batch waits and tries again (the channel is blocked meanwhile), so an
     * outage never sends valid records to the DLQ; failures of the records themselves are thrown at once.
     */
    private static <T> void applyThroughOutages(Apply<T> apply, List<T> items) throws Exception {
        while (true) {
            try {
                apply.apply(items);
                return;
            } catch (Exception e) {
                if (!DatabaseOutage.causedBy(e)) throw e;
                Log.warnf("database unreachable (%s); retrying the batch in 2 s", e.toString());
                Thread.sleep(2000);
            }
        }
    }
}
