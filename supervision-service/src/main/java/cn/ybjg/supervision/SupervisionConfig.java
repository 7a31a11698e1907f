package cn.ybjg.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Typed settings of supervision-service. */
@ConfigMapping(prefix = "supervision")
public interface SupervisionConfig {

    /**
     * Overrides of the built-in rule parameter defaults, per rule code as a JSON object, used for a rule's first
     * version: {@code supervision.rule-defaults.DECEASED_ACTIVE={"graceDays":45}}. Later changes go through PUT.
     */
    Map<String, String> ruleDefaults();

    /**
     * Which audit engine runs: {@code legacy} (the batched consumer loop of ingest/) or {@code streams} (the Kafka
     * Streams topology of streams/, docs/engine.md). Read at startup; the streams topology exists only for streams.
     */
    @WithDefault("streams")
    String engine();

    /** Whether the Kafka Streams engine audits (then the consumer loop and its daily re-check do not run). */
    default boolean streamsEngine() {
        return "streams".equals(engine());
    }

    Consumer consumer();

    Projection flagProjection();

    Outbox outbox();

    Recheck recheck();

    Replay replay();

    Drg drg();

    /** DRG_COST_OUTLIER in the streams engine (docs/engine.md §5). */
    interface Drg {
        /** How often (wall clock) each task judges the dates its new samples and stays made dirty. */
        @WithDefault("500ms")
        Duration judgeInterval();
    }

    /** Replays (re-audits of a settlement window) run in the background, in batches of persons. */
    interface Replay {
        /** Persons re-checked per batch (each batch its own transaction). */
        @WithDefault("1000")
        int batchPersons();

        /** How many flags a replay result lists per kind (added, removed, changed); counts are always complete. */
        @WithDefault("1000")
        int maxListed();

        /** How long a replay waits for the engine's stores to become queryable (startup, rebalance) before failing. */
        @WithDefault("2m")
        Duration storeWait();
    }

    /** The relay of the flag outbox to flags.v1 (read by {@code @Scheduled} through the same key). */
    interface Outbox {
        /** How often the relay runs, e.g. 1s. */
        @WithDefault("1s")
        String every();
    }

    /** The daily re-check of persons with a registered death (grace periods run out with the calendar). */
    interface Recheck {
        /** Quartz-style cron in Asia/Shanghai. */
        @WithDefault("0 15 0 * * ?")
        String cron();
    }

    /** The projection of flags.v1 into the flag table (flags/FlagProjection, docs/engine.md §6). */
    interface Projection {
        /**
         * Whether the projection runs; unset means "when {@code supervision.engine=streams}", the engine whose flags
         * it stores. Set on its own so a test (or a staged switch) can run the projection without the engine.
         */
        Optional<Boolean> enabled();

        @WithDefault("supervision-flag-projection")
        String groupId();

        /** Records per batch; each batch is one PostgreSQL transaction and one set-based upsert. */
        @WithDefault("1000")
        int maxPollRecords();

        /** How long to wait before retrying a batch that could not be written (database unreachable). */
        @WithDefault("2s")
        Duration retryPause();
    }

    /** The batched consumer of settlements.v1, enrollments.v1 and deaths.v1. */
    interface Consumer {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("supervision")
        String groupId();

        @WithDefault("1000")
        int maxPollRecords();
    }
}
