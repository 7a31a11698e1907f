package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.ybjg.bench.Samples;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generators themselves, without a stack: deterministic, every kind made, every record really changed. */
class HostileRecordsTest {
    static final List<ObjectNode> BASE = Samples.settlements(3, "HT-", "431000", 2025, 40);

    @Test
    void everyKindIsMadeAndEachRecordDiffersFromItsValidOriginInANamedField() {
        Random random = new Random(5);
        Set<HostileRecords.Kind> kinds = EnumSet.noneOf(HostileRecords.Kind.class);
        for (int i = 0; i < 2_000; i++) {
            ObjectNode valid = BASE.get(i % BASE.size());
            HostileRecords.Broken b = HostileRecords.mutate(valid, i, random);
            kinds.add(b.kind());
            assertFalse(b.fields().isEmpty());
            assertTrue(b.fields().stream().anyMatch(f -> !String.valueOf(valid.get(f)).equals(String.valueOf(b.record().get(f)))),
                    b.kind() + " changed none of " + b.fields());
        }
        assertEquals(EnumSet.allOf(HostileRecords.Kind.class), kinds);
    }

    @Test
    void identifierPayloadsFitTheLengthLimitSoThatOnlyTheirCharactersCanBeRefused() {
        ObjectNode longest = BASE.get(0).deepCopy().put("settlementId", "HX1234567-FH-123456").put("personId", "HX1234567-P123456");
        Set<HostileRecords.Kind> charset = EnumSet.of(HostileRecords.Kind.FORMULA, HostileRecords.Kind.MARKUP,
                HostileRecords.Kind.PATH, HostileRecords.Kind.BIDI, HostileRecords.Kind.CONTROL_CHARACTER);
        Random random = new Random(9);
        for (int i = 0; i < 1_300; i++) {
            HostileRecords.Broken b = HostileRecords.mutate(longest, i, random);
            if (charset.contains(b.kind())) {
                String value = b.record().get(b.fields().get(0)).asText();
                assertTrue(value.length() <= 40, b.kind() + " made " + value.length() + " characters");
                assertNotEquals(longest.get(b.fields().get(0)).asText(), value);
            }
        }
    }

    @Test
    void theSameSeedMakesTheSameRecords() {
        for (int i = 0; i < 200; i++) {
            assertEquals(HostileRecords.mutate(BASE.get(0), i, new Random(i)).record().toString(),
                    HostileRecords.mutate(BASE.get(0), i, new Random(i)).record().toString());
        }
    }

    @Test
    void aHugeExponentIsSentAsWritten() {
        for (int i = 0; i < 400; i++) {
            HostileRecords.Broken b = HostileRecords.mutate(BASE.get(0), i, new Random(i));
            if (b.kind() == HostileRecords.Kind.HUGE_EXPONENT) {
                String json = b.record().toString();
                assertTrue(HostileRecords.EXPONENTS.stream().anyMatch(x -> json.contains(":" + x)), json);
            }
        }
    }

    @Test
    void queryFuzzCoversEveryEndpointWithShortWellFormedUrls() {
        List<QueryFuzz.Request> requests = QueryFuzz.requests(1, 2_400);
        assertEquals(2_400, requests.size());
        assertEquals(QueryFuzz.ENDPOINTS.size(), requests.stream().map(r -> r.pathAndQuery().replaceAll("\\?.*", "")
                .replaceAll("/api/v1/settlements/.+", "/api/v1/settlements/{i}/{s}").replaceAll("/(flags|replays|rules)/[^/]+$", "/$1/{id}")
                .replaceAll("/indicators/[^/]+/series", "/indicators/{code}/series") + r.service()).distinct().count());
        for (QueryFuzz.Request r : requests) {
            assertTrue(r.pathAndQuery().length() < 3_900, "request line too long for the server's limit");
            java.net.URI.create("http://127.0.0.1:1" + r.pathAndQuery());      // throws on a malformed URI
        }
        assertNotEquals(QueryFuzz.requests(1, 50), QueryFuzz.requests(2, 50));
        assertEquals(QueryFuzz.requests(1, 50), QueryFuzz.requests(1, 50));
    }
}
