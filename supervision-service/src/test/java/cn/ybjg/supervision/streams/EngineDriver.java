package cn.ybjg.supervision.streams;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.ybjg.supervision.rules.Rule;
import cn.ybjg.supervision.rules.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The audit topology in a TopologyTestDriver with every rule's version 1 published (as the catalog seeds them),
 * "today" fixed at 2025-06-30 in Asia/Shanghai; collects flags.v1 as JSON and keeps the latest state of each flag.
 */
final class EngineDriver implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    /** How often DRG_COST_OUTLIER judges; {@link #judgeDrg()} advances the wall clock by it. */
    static final Duration JUDGE_INTERVAL = Duration.ofMillis(500);
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final TopologyTestDriver driver;
    private final Path stateDir;
    private final Map<String, TestInputTopic<String, String>> inputs = new LinkedHashMap<>();
    private final TestOutputTopic<String, String> flags;
    /** Every flags.v1 event so far, and the latest per flag id. */
    final List<JsonNode> published = new ArrayList<>();
    /** The same events as written on the topic. */
    final List<String> raw = new ArrayList<>();
    final Map<String, JsonNode> latest = new LinkedHashMap<>();

    EngineDriver() {
        this(CLOCK);
    }

    EngineDriver(Clock clock) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "supervision-engine-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        try {
            stateDir = stateDir();
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = new TopologyTestDriver(new AuditTopology(clock, JUDGE_INTERVAL).topology(), props);
        for (String t : List.of(Topics.SETTLEMENTS, Topics.ENROLLMENTS, Topics.DEATHS, Topics.RULE_VERSIONS,
                Topics.DRG_BENCHMARKS)) {
            inputs.put(t, driver.createInputTopic(t, new StringSerializer(), new StringSerializer()));
        }
        flags = driver.createOutputTopic(Topics.FLAGS, new StringDeserializer(), new StringDeserializer());
        for (Rule<?> rule : Rules.ALL) publishRule(rule.code(), 1, true, Ev.JSON.convertValue(rule.defaults(), Map.class));
    }

    /**
     * TopologyTestDriver commits after every record, and a commit flushes each RocksDB store to an SST file: on
     * tmpfs, when there is one, that costs memory instead of disk writes (several times faster on a busy disk).
     */
    private static Path stateDir() throws IOException {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "engine-ttd")
                : Files.createTempDirectory("engine-ttd");
    }

    void publishRule(String code, int version, boolean enabled, Map<?, ?> parameters) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleCode", code);
        m.put("version", version);
        m.put("enabled", enabled);
        m.put("parameters", parameters);
        try {
            inputs.get(Topics.RULE_VERSIONS).pipeInput(code, Ev.JSON.writeValueAsString(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the events in order; returns the flags.v1 events they caused. */
    List<JsonNode> send(Ev... events) {
        return send(List.of(events));
    }

    List<JsonNode> send(List<Ev> events) {
        for (Ev e : events) inputs.get(e.topic()).pipeInput(e.key(), e.json());
        return collect();
    }

    /** Lets wall-clock time pass (punctuations run); returns the flags.v1 events that caused. */
    List<JsonNode> advance(java.time.Duration by) {
        driver.advanceWallClockTime(by);
        return collect();
    }

    /** Lets the DRG punctuation run once (wall clock + one interval); returns the flags.v1 events it caused. */
    List<JsonNode> judgeDrg() {
        driver.advanceWallClockTime(JUDGE_INTERVAL);
        return collect();
    }

    /** A row of the configured DRG benchmark table on drg-benchmarks.v1 (null cost: a tombstone). */
    void publishBenchmark(String region, String drg, int year, String cost) {
        String key = region + "|" + drg + "|" + year;
        if (cost == null) {
            inputs.get(Topics.DRG_BENCHMARKS).pipeInput(key, (String) null);
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regionCode", region);
        m.put("drgCode", drg);
        m.put("year", year);
        m.put("benchmarkCost", new java.math.BigDecimal(cost));
        m.put("source", "test");
        try {
            inputs.get(Topics.DRG_BENCHMARKS).pipeInput(key, Ev.JSON.writeValueAsString(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<JsonNode> collect() {
        List<JsonNode> out = new ArrayList<>();
        for (TestRecord<String, String> r : flags.readRecordsToList()) {
            raw.add(r.value());
            JsonNode n = read(r.value());
            if (!n.get("idNumberHash").asText().equals(r.key())) throw new AssertionError("flag not keyed by person");
            out.add(n);
            latest.put(n.get("id").asText(), n);
        }
        published.addAll(out);
        return out;
    }

    void sendRaw(String topic, String key, String value) {
        inputs.get(topic).pipeInput(key, value);
    }

    /** The OPEN flags now, by "ruleCode subjectKey"-free view: ruleCode → how many. */
    List<JsonNode> open() {
        return latest.values().stream().filter(n -> n.get("status").asText().equals("OPEN")).toList();
    }

    List<JsonNode> open(String ruleCode) {
        return open().stream().filter(n -> n.get("ruleCode").asText().equals(ruleCode)).toList();
    }

    PersonState state(String person) {
        return driver.<String, PersonState>getKeyValueStore(Topics.PERSON_STORE).get(person);
    }

    List<TestRecord<String, String>> deadLetters(String topic) {
        return driver.createOutputTopic(topic + Topics.DLQ_SUFFIX, new StringDeserializer(), new StringDeserializer())
                .readRecordsToList();
    }

    static String header(TestRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        deleteTree(stateDir);
    }

    /** Removes a directory and what is in it (state left on tmpfs would hold memory). */
    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
