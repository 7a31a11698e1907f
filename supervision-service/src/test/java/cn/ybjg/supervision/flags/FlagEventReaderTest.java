package cn.ybjg.supervision.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.kit.SafeLog;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** What the projection makes of one flags.v1 record: a row (subject key recovered), a skip, or a dead letter. */
class FlagEventReaderTest {

    /** Configured as the engine's writer (streams/StreamsJson): ISO dates, offsets kept. */
    static final ObjectMapper ENGINE_JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    static final String HASH = "a".repeat(64);
    static final long PUBLISHED = 1_741_500_000_123L;

    final FlagEventReader reader = new FlagEventReader(new ObjectMapper().findAndRegisterModules());

    static FlagEvent event(String ruleCode, String subjectKey, String settlementId, String institutionCode,
            Map<String, Object> evidence, String status, String amount) {
        UUID id = Flag.idOf(ruleCode, subjectKey);
        OffsetDateTime detected = OffsetDateTime.parse("2025-03-09T16:21:02.123456+08:00");
        return new FlagEvent(1, FlagEvent.eventIdOf(id, status, detected), id, ruleCode, 2, "DEFINITE", settlementId,
                institutionCode, "431000", "P0001", HASH, "431002********1234", "310", new BigDecimal(amount), evidence,
                detected, LocalDate.of(2025, 3, 9), status);
    }

    static ConsumerRecord<byte[], byte[]> record(byte[] value, String... header) {
        RecordHeaders headers = new RecordHeaders();
        if (header.length == 2) headers.add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>("flags.v1", 3, 42L, PUBLISHED, TimestampType.CREATE_TIME, 64, value == null ? 0 : value.length,
                HASH.getBytes(StandardCharsets.UTF_8), value, headers, Optional.empty());
    }

    static byte[] json(Object o) throws Exception {
        return ENGINE_JSON.writeValueAsBytes(o);
    }

    ProjectedFlag applied(FlagEvent e) throws Exception {
        return assertInstanceOf(FlagEventReader.Apply.class, reader.read(record(json(e)))).flag();
    }

    @Test
    void aSettlementFlagBecomesItsRowWithExactAmountsEvidenceAndSubject() throws Exception {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("fundPayments", new BigDecimal("26000.10"));
        evidence.put("dates", List.of(LocalDate.of(2025, 3, 1)));
        FlagEvent e = event("GENDER_MISMATCH", "H43100200123:S0001", "S0001", "H43100200123", evidence, "OPEN", "26000.1");
        ProjectedFlag f = applied(e);
        assertEquals("H43100200123:S0001", f.subjectKey());
        assertEquals(new BigDecimal("26000.10"), f.amountAtRisk());
        assertEquals("{\"fundPayments\":26000.10,\"dates\":[\"2025-03-01\"]}", f.evidenceJson());
        assertEquals(e.detectedAt().toInstant(), f.detectedAt().toInstant());
        assertEquals(LocalDate.of(2025, 3, 9), f.periodDate());
        assertEquals(PUBLISHED, f.changedAt().toInstant().toEpochMilli());
        assertEquals(List.of(e.id(), "OPEN", 2, "P0001"), List.of(f.id(), f.status(), f.ruleVersion(), f.personId()));
    }

    @Test
    void personLevelSubjectsAreRecoveredAndCheckedAgainstTheId() throws Exception {
        Map<String, Object> a = Map.of("insuranceType", "310", "regionCode", "431000", "startDate", "2020-01-01");
        Map<String, Object> b = Map.of("insuranceType", "390", "regionCode", "430100", "startDate", "2024-07-01");
        String duplicate = HASH + ":310/431000/2020-01-01|390/430100/2024-07-01";
        assertEquals(duplicate, applied(event("DUPLICATE_ENROLLMENT", duplicate, null, null,
                Map.of("enrollments", List.of(a, b)), "OPEN", "0")).subjectKey());
        assertEquals(HASH + ":ENROLLMENT", applied(event("DECEASED_ACTIVE", HASH + ":ENROLLMENT", null, null,
                Map.of("variant", "ENROLLMENT_AFTER_DEATH"), "WITHDRAWN", "0.00")).subjectKey());
        // A subject of a shape not known here: a key that names the row uniquely, never a wrong real subject.
        FlagEvent unknown = event("OVERLAPPING_STAY", "something-else", null, null, Map.of(), "OPEN", "1");
        assertEquals("id:" + unknown.id(), applied(unknown).subjectKey());
    }

    @Test
    void reviewDecisionsAndOutboxRelaysAreSkipped() throws Exception {
        FlagEvent confirmed = event("NOT_ENROLLED", "H1:S1", "S1", "H1", Map.of(), "CONFIRMED", "5.00");
        assertInstanceOf(FlagEventReader.Skip.class, reader.read(record(json(confirmed))));
        FlagEvent dismissed = event("NOT_ENROLLED", "H1:S1", "S1", "H1", Map.of(), "DISMISSED", "5.00");
        assertInstanceOf(FlagEventReader.Skip.class, reader.read(record(json(dismissed))));
        FlagEvent reopened = event("NOT_ENROLLED", "H1:S1", "S1", "H1", Map.of(), "OPEN", "5.00");
        assertInstanceOf(FlagEventReader.Skip.class,
                reader.read(record(json(reopened), OutboxRelay.ORIGIN_HEADER, OutboxRelay.ORIGIN)));
        assertInstanceOf(FlagEventReader.Apply.class, reader.read(record(json(reopened), "origin", "somewhere-else")));
    }

    @Test
    void whatIsNotAFlagEventIsRejectedWithoutQuotingAnIdNumber() {
        for (String garbage : List.of("11010119900307123X", "110101199003071234 is no flag", "{\"id\": 11010119900307123X}",
                "'110101199003071234'", "not json", "[1,2]", "{\"id\":\"110101199003071234\"}")) {
            var read = reader.read(record(garbage.getBytes(StandardCharsets.UTF_8)));
            String problem = assertInstanceOf(FlagEventReader.Reject.class, read, garbage).problem();
            assertFalse(SafeLog.holdsIdNumber(problem), problem);
        }
        assertEquals("empty value", ((FlagEventReader.Reject) reader.read(record(null))).problem());
    }

    @Test
    void fieldsTheTableWouldRefuseAreRejectedByName() throws Exception {
        Map<String, Object> e = ENGINE_JSON.convertValue(event("NOT_ENROLLED", "H1:S1", "S1", "H1", Map.of(), "OPEN", "5"),
                new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() { });
        assertRejected(e, "severity", "HIGH", "severity must be DEFINITE or SUSPICIOUS");
        assertRejected(e, "status", "ESCALATED", "status must be one of");
        assertRejected(e, "regionCode", "4310000", "regionCode must be at most 6 characters");
        assertRejected(e, "amountAtRisk", new BigDecimal("1.005"), "amountAtRisk must have at most 2 decimals");
        assertRejected(e, "amountAtRisk", new BigDecimal("-1.00"), "amountAtRisk must be at least 0");
        assertRejected(e, "amountAtRisk", new BigDecimal("1000000000000.00"), "amountAtRisk must be below 10^12");
        assertRejected(e, "evidence", null, "missing evidence");
        assertRejected(e, "evidence", List.of(1), "unreadable FlagEvent");
        assertRejected(e, "detectedAt", "yesterday", "unreadable FlagEvent");
        assertRejected(e, "ruleVersion", 0, "ruleVersion must be at least 1");
    }

    private void assertRejected(Map<String, Object> valid, String field, Object value, String expected) throws Exception {
        Map<String, Object> e = new LinkedHashMap<>(valid);
        e.put(field, value);
        var read = reader.read(record(json(e)));
        String problem = assertInstanceOf(FlagEventReader.Reject.class, read, field).problem();
        assertTrue(problem.contains(expected), problem);
    }
}
