package cn.ybjg.bench.perf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the pipeline is behind: claims-service's outbox backlog (rows not yet relayed to Kafka) plus the lag of
 * supervision-service's consumer group on settlements.v1, enrollments.v1 and deaths.v1.
 */
final class Pipeline implements AutoCloseable {
    static final String GROUP = "supervision";
    static final List<String> TOPICS = List.of("settlements.v1", "enrollments.v1", "deaths.v1");
    private final Admin admin;
    private final Connection claims;

    Pipeline(Stack stack) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "ybjg-bench");
        admin = Admin.create(p);
        claims = stack.claimsDb();
    }

    long outboxBacklog() throws Exception {
        try (Statement s = claims.createStatement(); ResultSet r = s.executeQuery("select count(*) from outbox")) {
            r.next();
            return r.getLong(1);
        }
    }

    long consumerLag() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
        List<TopicPartition> partitions = admin.describeTopics(TOPICS).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(i -> new TopicPartition(d.name(), i.partition())))
                .toList();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get();
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            lag += ends.get(tp).offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    /** Polls every 200 ms until nothing is pending (outbox empty and lag 0); returns the nanoTime it saw that. */
    long awaitDrained(long timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (outboxBacklog() == 0 && consumerLag() == 0) {
                return System.nanoTime();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("pipeline not drained within " + timeoutSeconds + " s (outbox "
                + outboxBacklog() + ", lag " + consumerLag() + ")");
    }

    @Override
    public void close() throws Exception {
        admin.close();
        claims.close();
    }
}
