package cn.ybjg.supervision.streams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.supervision.flags.FlagEvent;
import cn.ybjg.supervision.rules.DeathFact;
import cn.ybjg.supervision.rules.EnrollmentFact;
import cn.ybjg.supervision.rules.SettlementFact;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The binary store format gives back exactly what was written, and still reads the JSON of earlier versions. */
class FactCodecTest {
    private static final Serde<PersonState> BINARY = PersonState.SERDE;
    private static final Serde<PersonState> OLD_JSON = new JsonSerde<>(PersonState.class);
    private static final Serde<SettlementFact> STAY = FactCodec.settlementSerde();

    @Test
    void randomStatesRoundTripExactly() {
        Random r = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            PersonState state = state(r);
            byte[] bytes = BINARY.serializer().serialize("t", state);
            PersonState back = BINARY.deserializer().deserialize("t", bytes);
            assertEquals(state, back, "seed run " + i);
            // scales and offsets survive too (equals of BigDecimal and OffsetDateTime compares them)
            assertArrayEquals(bytes, BINARY.serializer().serialize("t", back));
            SettlementFact stay = state.settlements().isEmpty() ? settlement(r, "h") : state.settlements().get(0);
            assertEquals(stay, STAY.deserializer().deserialize("t", STAY.serializer().serialize("t", stay)));
        }
    }

    /**
     * Values written by earlier versions of this format must read the same and be written byte for byte the same:
     * the digest of 300 random states' bytes, taken from the DataOutputStream-based writer this format started with.
     */
    @Test
    void theFormatStaysByteForByteTheSame() throws Exception {
        Random r = new Random(2026);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < 300; i++) {
            digest.update(BINARY.serializer().serialize("t", state(r)));
            digest.update(STAY.serializer().serialize("t", settlement(r, "g")));
        }
        assertEquals(GOLDEN, HexFormat.of().formatHex(digest.digest()));
    }

    private static final String GOLDEN = "47387a1e3e6eef0063ceba706899452cd4a8580c709a2394e38b595a19be247e";

    @Test
    void jsonOfEarlierVersionsIsStillRead() {
        Random r = new Random(11);
        for (int i = 0; i < 200; i++) {
            PersonState state = state(r);
            byte[] json = OLD_JSON.serializer().serialize("t", state);
            assertEquals(OLD_JSON.deserializer().deserialize("t", json), BINARY.deserializer().deserialize("t", json));
        }
        SettlementFact stay = settlement(r, "h");
        assertEquals(stay, STAY.deserializer().deserialize("t", new JsonSerde<>(SettlementFact.class).serializer().serialize("t", stay)));
    }

    @Test
    void binaryIsSmallerThanJson() {
        Random r = new Random(3);
        long binary = 0, json = 0;
        for (int i = 0; i < 200; i++) {
            PersonState state = state(r);
            binary += BINARY.serializer().serialize("t", state).length;
            json += OLD_JSON.serializer().serialize("t", state).length;
        }
        assertTrue(binary * 2 < json, binary + " bytes binary vs " + json + " JSON");
    }

    @Test
    void damagedValuesFailAsSerializationErrors() {
        byte[] bytes = BINARY.serializer().serialize("t", state(new Random(5)));
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertThrows(SerializationException.class, () -> BINARY.deserializer().deserialize("t", cut));
        byte[] unknown = bytes.clone();
        unknown[0] = 9;
        assertThrows(SerializationException.class, () -> BINARY.deserializer().deserialize("t", unknown));
    }

    private static PersonState state(Random r) {
        String hash = Long.toHexString(r.nextLong()) + "ab".repeat(24);
        List<SettlementFact> settlements = new ArrayList<>();
        for (int i = r.nextInt(8); i > 0; i--) settlements.add(settlement(r, hash));
        List<StoredEnrollment> enrollments = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            enrollments.add(new StoredEnrollment(new EnrollmentFact(pick(r, "310", "390"), "431000", date(r),
                    r.nextBoolean() ? null : date(r), pick(r, "ACTIVE", "SUSPENDED", "TERMINATED"), "P-" + r.nextInt(99),
                    "431002********123X"), time(r)));
        }
        StoredDeath death = r.nextInt(4) == 0 ? new StoredDeath(new DeathFact(date(r), pick(r, "公安", null), "431002********123X"), time(r)) : null;
        List<PersonFlag> flags = new ArrayList<>();
        for (int i = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0; i > 0; i--) flags.add(flag(r, hash));
        return new PersonState(settlements, enrollments, death, flags);
    }

    private static SettlementFact settlement(Random r, String hash) {
        boolean inpatient = r.nextBoolean();
        return new SettlementFact("H431002001" + r.nextInt(30), "S-" + r.nextInt(1_000_000), hash, "431002********123X",
                "P-中文-" + r.nextInt(99), "431000", pick(r, "1", "2"), pick(r, "310", "390"), inpatient ? "21" : "11",
                date(r), inpatient ? date(r) : null, date(r), pick(r, "J18.900", "O80.000", null),
                inpatient ? pick(r, "ES29", "FR29") : null, money(r), money(r), r.nextInt(5) == 0);
    }

    private static PersonFlag flag(Random r, String hash) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("earlierAdmissionDate", date(r).toString());
        evidence.put("daysAfterDischarge", r.nextInt(16));
        // evidence as the engine keeps it: already read back from JSON (FlagChanges), decimals with a fraction
        evidence.put("benchmark", BigDecimal.valueOf(r.nextInt(1_000_000), 2).add(new BigDecimal("0.01")));
        UUID id = UUID.nameUUIDFromBytes(("f" + r.nextInt()).getBytes());
        FlagEvent e = new FlagEvent(1, UUID.nameUUIDFromBytes(("e" + r.nextInt()).getBytes()), id, "READMISSION_15D", 1 + r.nextInt(3), "SUSPICIOUS", "S-1",
                "H43100200101", "431000", "P-1", hash, "431002********123X", "390", money(r), evidence, time(r), date(r),
                pick(r, "OPEN", "WITHDRAWN"));
        return new PersonFlag("READMISSION_15D", "H43100200101:S-" + r.nextInt(99), time(r), e);
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(1990, 1, 1).plusDays(r.nextInt(20_000));
    }

    private static BigDecimal money(Random r) {
        // scale 0..3 and values past a long: the codec must not assume numeric(14,2)
        BigInteger unscaled = r.nextInt(20) == 0 ? BigInteger.valueOf(r.nextLong()).pow(2) : BigInteger.valueOf(r.nextInt(10_000_000));
        return new BigDecimal(r.nextBoolean() ? unscaled : unscaled.negate(), r.nextInt(4));
    }

    private static OffsetDateTime time(Random r) {
        return OffsetDateTime.of(2026, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60),
                r.nextInt(1_000_000_000), ZoneOffset.ofHours(r.nextInt(3) * 4 - 4));
    }
}
