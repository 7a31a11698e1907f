package cn.ybjg.hostile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The events of the run: the end offsets of the four public topics are taken when the suite starts, and
 * {@link #since()} reads everything written after them. No consumer group: nothing is committed, the stack's
 * own consumers are not disturbed.
 */
final class Topics {
    static final List<String> PUBLIC = List.of("settlements.v1", "enrollments.v1", "deaths.v1", "flags.v1");

    /** One event as read back. */
    record Event(String topic, int partition, long offset, String value) {
        String where() {
            return topic + "/" + partition + "@" + offset;
        }
    }

    private final String bootstrap;
    private final Map<TopicPartition, Long> start;

    private Topics(String bootstrap, Map<TopicPartition, Long> start) {
        this.bootstrap = bootstrap;
        this.start = start;
    }

    static Topics startingNow(String bootstrap) {
        try (KafkaConsumer<String, String> c = consumer(bootstrap)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : PUBLIC) {
                for (PartitionInfo p : c.partitionsFor(topic, Duration.ofSeconds(20))) {
                    partitions.add(new TopicPartition(topic, p.partition()));
                }
            }
            return new Topics(bootstrap, new HashMap<>(c.endOffsets(partitions, Duration.ofSeconds(20))));
        }
    }

    /** Every event written to the public topics since the suite started (bounded: at most 2 minutes of reading). */
    List<Event> since() {
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> c = consumer(bootstrap)) {
            c.assign(start.keySet());
            start.forEach(c::seek);
            Map<TopicPartition, Long> end = c.endOffsets(start.keySet(), Duration.ofSeconds(20));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!reached(c, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    events.add(new Event(r.topic(), r.partition(), r.offset(), r.value() == null ? "" : r.value()));
                }
            }
            if (!reached(c, end)) {
                throw new IllegalStateException("could not read the run's events to their end within 2 minutes");
            }
        }
        return events;
    }

    /** The run's events on {@code topic} whose payload contains {@code text}, waiting up to {@code timeout} for one. */
    List<Event> await(String topic, String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Event> found = since().stream().filter(e -> e.topic().equals(topic) && e.value().contains(text)).toList();
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                return found;
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    private static boolean reached(KafkaConsumer<String, String> c, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue());
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }
}
