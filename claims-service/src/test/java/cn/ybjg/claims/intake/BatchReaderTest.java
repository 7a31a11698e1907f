package cn.ybjg.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchReaderTest {

    static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void arrayAndBareObject() {
        assertEquals(2, JsonBatchReader.read(in("[{\"a\":1},{\"a\":2}]"), 10).size());
        List<JsonNode> one = JsonBatchReader.read(in("{\"totalCost\": 0.10}"), 10);
        assertEquals(1, one.size());
        assertEquals("0.10", one.get(0).get("totalCost").decimalValue().toPlainString(), "decimals stay exact");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> JsonBatchReader.read(in("[\n{\"a\": 1},\n{\"a\": 2,}\n]"), 10));
        assertEquals(3, e.line());
        assertEquals(9, e.column());
        assertEquals(true, e.getMessage().startsWith("malformed JSON at line 3, column 9: "));
    }

    @Test
    void emptyArrayIsMalformed() {
        assertThrows(MalformedInputException.class, () -> JsonBatchReader.read(in("[]"), 10));
        assertThrows(MalformedInputException.class, () -> JsonBatchReader.read(in("42"), 10));
    }

    @Test
    void moreThanMaxRecordsIsTooMany() {
        assertEquals(3, JsonBatchReader.read(in("[{},{},{}]"), 3).size());
        assertThrows(TooManyRecordsException.class, () -> JsonBatchReader.read(in("[{},{},{},{}]"), 3));
    }

    @Test
    void csvRowsBecomeObjectsWithTextValues() {
        List<JsonNode> rows = CsvBatchReader.read(in("a,b,c\n1,\"x;y\",\n\n2,z,3\n"), null, Set.of("a", "b", "c"), Set.of("a"), 10);
        assertEquals(2, rows.size());
        assertEquals("x;y", rows.get(0).get("b").asText());
        assertEquals(null, rows.get(0).get("c"), "empty cells are absent");
        assertEquals("3", rows.get(1).get("c").asText());
    }

    @Test
    void csvHeaderMustNameKnownColumns() {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> CsvBatchReader.read(in("a,bogus\n1,2\n"), null, Set.of("a", "b"), Set.of("a", "b"), 10));
        assertEquals("CSV header at line 1: unknown columns [bogus] missing required columns [b]", e.getMessage());
    }

    @Test
    void csvWithTooManyCellsNamesTheLine() {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> CsvBatchReader.read(in("a,b\n1,2\n1,2,3\n"), null, Set.of("a", "b"), Set.of("a"), 10));
        assertEquals(3, e.line());
    }

    @Test
    void csvMoreThanMaxRowsIsTooMany() {
        assertThrows(TooManyRecordsException.class,
                () -> CsvBatchReader.read(in("a\n1\n2\n3\n"), null, Set.of("a"), Set.of("a"), 2));
    }

    @Test
    void csvErrorsNeverEchoAnIdNumber() {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> CsvBatchReader.read(in("a,b\n1,2\n1,2,11010519491231002X\n"), null, Set.of("a", "b"), Set.of("a"), 10));
        assertEquals(false, e.getMessage().contains("11010519491231002X"), e.getMessage());
        assertEquals(true, e.getMessage().contains("110105********002X"), e.getMessage());
    }
}
