package cn.ybjg.supervision.it;

import cn.ybjg.supervision.flags.Flag;
import cn.ybjg.supervision.flags.FlagEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Stands in for the streams engine on the real broker: flags.v1 events of one person (key = idNumberHash, so all
 * on one partition, in order), written inside Kafka transactions like the engine's exactly_once_v2 output, as JSON
 * configured like streams/StreamsJson.
 */
final class EngineFlags implements AutoCloseable {
    static final String TOPIC = "flags.v1";
    static final ObjectMapper ENGINE_JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String region = "7" + String.format("%05d", Math.floorMod(run.hashCode(), 100_000));
    final String hash = Events.sha256("engine-flags-" + run);
    private final KafkaProducer<String, String> producer;
    private int sentinels;

    EngineFlags() {
        Properties p = new Properties();
        p.put("bootstrap.servers", org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("kafka.bootstrap.servers", String.class));
        p.put("transactional.id", "flag-projection-test-" + run);
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        producer.initTransactions();
    }

    /** A settlement-level flag of this person, as the engine raises it. */
    FlagEvent settlementFlag(String ruleCode, String settlementId, String amount, Map<String, Object> evidence,
            OffsetDateTime detectedAt) {
        String institution = "H" + region + "01";
        UUID id = Flag.idOf(ruleCode, institution + ":" + settlementId);
        return new FlagEvent(1, FlagEvent.eventIdOf(id, "OPEN", detectedAt), id, ruleCode, 1, "DEFINITE", settlementId,
                institution, region, "P" + run, hash, "431002********1234", "310", new BigDecimal(amount), evidence,
                detectedAt, LocalDate.of(2025, 3, 9), "OPEN");
    }

    /** The same flag in another state or with another amount, published at {@code at}. */
    static FlagEvent changed(FlagEvent e, String status, String amount, OffsetDateTime detectedAt, OffsetDateTime at) {
        return new FlagEvent(1, FlagEvent.eventIdOf(e.id(), status, at), e.id(), e.ruleCode(), e.ruleVersion(),
                e.severity(), e.settlementId(), e.institutionCode(), e.regionCode(), e.personId(), e.idNumberHash(),
                e.idNumberMasked(), e.insuranceType(), new BigDecimal(amount), e.evidence(), detectedAt, e.periodDate(),
                status);
    }

    static String json(Object o) {
        try {
            return ENGINE_JSON.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One committed transaction of these payloads (FlagEvents or raw text), in order; their metadata. */
    List<RecordMetadata> commit(Object... values) throws Exception {
        return transaction(true, values);
    }

    /** One aborted transaction: a read_committed consumer never sees it. */
    void abort(Object... values) throws Exception {
        transaction(false, values);
    }

    private List<RecordMetadata> transaction(boolean commit, Object... values) throws Exception {
        producer.beginTransaction();
        List<java.util.concurrent.Future<RecordMetadata>> sent = new ArrayList<>();
        for (Object v : values) {
            sent.add(producer.send(new ProducerRecord<>(TOPIC, hash, v instanceof String s ? s : json(v))));
        }
        producer.flush();
        List<RecordMetadata> out = new ArrayList<>();
        for (var f : sent) out.add(f.get(30, TimeUnit.SECONDS));
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
        return out;
    }

    /** A fresh flag of this person committed after everything sent so far: once it is a row, all before it were read. */
    FlagEvent sentinel() throws Exception {
        FlagEvent s = settlementFlag("NOT_ENROLLED", "SENTINEL-" + (++sentinels), "1.00", Map.of(),
                OffsetDateTime.parse("2025-03-10T08:00:00+08:00"));
        commit(s);
        return s;
    }

    @Override
    public void close() {
        producer.close();
    }
}
