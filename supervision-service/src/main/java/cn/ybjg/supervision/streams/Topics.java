package cn.ybjg.supervision.streams;

/** Topic and state store names of the streams engine (docs/engine.md). */
public final class Topics {
    public static final String SETTLEMENTS = "settlements.v1";
    public static final String ENROLLMENTS = "enrollments.v1";
    public static final String DEATHS = "deaths.v1";
    /** Compacted, keyed by ruleCode: the rule version in force (published by the rule catalog). */
    public static final String RULE_VERSIONS = "rule-versions.v1";
    /** Compacted, keyed by regionCode|drgCode|year: the configured DRG benchmarks (from table drg_benchmark). */
    public static final String DRG_BENCHMARKS = "drg-benchmarks.v1";
    public static final String FLAGS = "flags.v1";
    /** A dead letter goes to the topic it came from plus this suffix. */
    public static final String DLQ_SUFFIX = ".dlq";

    /** RocksDB store keyed by idNumberHash: one {@link PersonState} per person. */
    public static final String PERSON_STORE = "person-state";
    /** RocksDB store keyed by idNumberHash: the persons with a registered death (re-audited when the date moves). */
    public static final String DECEASED_STORE = "deceased-persons";
    /** Global store keyed by ruleCode: the {@link RuleVersionRecord} in force. */
    public static final String RULE_VERSION_STORE = "rule-versions";

    private Topics() {
    }
}
