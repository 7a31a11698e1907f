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

    Consumer consumer();

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
