package cn.ybjg.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

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
    @WithDefault("legacy")
    String engine();

    Consumer consumer();

    Outbox outbox();

    Recheck recheck();

    Replay replay();

    /** Replays (re-audits of a settlement window) run in the background, in batches of persons. */
    interface Replay {
        /** Persons re-checked per batch (each batch its own transaction). */
        @WithDefault("1000")
        int batchPersons();

        /** How many flags a replay result lists per kind (added, removed, changed); counts are always complete. */
        @WithDefault("1000")
        int maxListed();
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
