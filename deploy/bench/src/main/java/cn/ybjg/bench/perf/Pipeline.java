package cn.ybjg.bench.perf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
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
 * whatever audits in supervision-service: the consumer loop's group on settlements.v1, enrollments.v1 and deaths.v1,
 * or, with the streams engine, the engine's group on those and on its repartition topics plus the flag projection's
 * group on flags.v1 (a flag counts once it is in PostgreSQL, where the API reads it).
 */
final class Pipeline implements AutoCloseable {
    static final String LOOP_GROUP = "supervision";
    static final String ENGINE_GROUP = "supervision-engine";
    static final String PROJECTION_GROUP = "supervision-flag-projection";
    static final List<String> TOPICS = List.of("settlements.v1", "enrollments.v1", "deaths.v1");
    /** indicators-service's consumer group of each topic it projects. */
    static final Map<String, String> INDICATORS_GROUPS = Map.of("indicators-settlements", "settlements.v1",
            "indicators-enrollments", "enrollments.v1", "indicators-flags", "flags.v1",
            "indicators-flag-reviews", "flag-reviews.v1");
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
        try (Statement s = claims.createStatement(); ResultSet r = s.executeQuery("select count(*) from outbox_pending")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Whether the streams engine audits (its consumer group exists). */
    boolean streamsEngine() throws Exception {
        return admin.listConsumerGroups().all().get().stream().anyMatch(g -> g.groupId().equals(ENGINE_GROUP));
    }

    /** "streams" or "legacy", for the result JSON. */
    String engine() throws Exception {
        return streamsEngine() ? "streams" : "legacy";
    }

    /** The consumer group that audits settlements.v1 in the engine in use. */
    String auditGroup() throws Exception {
        return streamsEngine() ? ENGINE_GROUP : LOOP_GROUP;
    }

    /**
     * Settlement events the group has consumed so far: the sum of the offsets it has committed on settlements.v1 (a
     * partition it never committed on counts 0).
     */
    long consumedSettlements(String group) throws Exception {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(e -> e.getKey().topic().equals("settlements.v1") && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    long consumerLag() throws Exception {
        if (!streamsEngine()) return lag(LOOP_GROUP, TOPICS);
        List<String> engineTopics = new ArrayList<>(TOPICS);
        admin.listTopics().names().get().stream()
                .filter(t -> t.startsWith(ENGINE_GROUP + "-") && t.endsWith("-repartition")).forEach(engineTopics::add);
        return lag(ENGINE_GROUP, engineTopics) + lag(PROJECTION_GROUP, List.of("flags.v1"));
    }

    /**
     * indicators-service's lag, one record per partition forgiven: it commits the offset after the last record it
     * processed, and on a transactional topic (flags.v1, written by the exactly-once engine) a commit marker follows
     * that record, so a partition it has drained still shows a lag of 1.
     */
    long indicatorsLag() throws Exception {
        long lag = 0;
        for (Map.Entry<String, String> g : INDICATORS_GROUPS.entrySet()) {
            lag += lag(g.getKey(), List.of(g.getValue()), 1);
        }
        return lag;
    }

    private long lag(String group, List<String> topics) throws Exception {
        return lag(group, topics, 0);
    }

    private long lag(String group, List<String> topics, long forgivenPerPartition) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(i -> new TopicPartition(d.name(), i.partition())))
                .toList();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get();
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            lag += Math.max(0, ends.get(tp).offset() - (c == null ? 0 : c.offset()) - forgivenPerPartition);
        }
        return lag;
    }

    /** Polls every 200 ms until claims' outbox is empty (everything ingested is on Kafka); returns that nanoTime. */
    long awaitPublished(long timeoutSeconds) throws Exception {
        return pollUntil(() -> outboxBacklog() == 0, timeoutSeconds,
                () -> "claims' outbox not empty within " + timeoutSeconds + " s");
    }

    /** Polls every 200 ms until nothing is pending (outbox empty and lag 0); returns the nanoTime it saw that. */
    long awaitDrained(long timeoutSeconds) throws Exception {
        return pollUntil(() -> outboxBacklog() == 0 && consumerLag() == 0, timeoutSeconds,
                () -> "pipeline not drained within " + timeoutSeconds + " s (outbox " + outboxBacklog() + ", lag "
                        + consumerLag() + ")");
    }

    /** {@link #awaitDrained}, then until indicators-service has projected everything too. */
    void awaitAllDrained(long timeoutSeconds) throws Exception {
        awaitDrained(timeoutSeconds);
        pollUntil(() -> indicatorsLag() == 0, timeoutSeconds,
                () -> "indicators-service not drained within " + timeoutSeconds + " s (lag " + indicatorsLag() + ")");
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private interface Why {
        String text() throws Exception;
    }

    /** Polls the check every 200 ms; returns the nanoTime it first held, or fails with why once the time is up. */
    private static long pollUntil(Check check, long timeoutSeconds, Why why) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(why.text());
            }
            Thread.sleep(200);
        }
        return System.nanoTime();
    }

    @Override
    public void close() throws Exception {
        admin.close();
        claims.close();
    }
}
