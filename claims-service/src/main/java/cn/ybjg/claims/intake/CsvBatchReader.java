package cn.ybjg.claims.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses CSV (UTF-8 or GB18030/GBK, see {@link CsvText}; header row of field names, list fields ';'-separated) into
 * one JSON object per row with text values, so that CSV and JSON records go through the same validation.
 */
public final class CsvBatchReader {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    private CsvBatchReader() {
    }

    /** {@code charset}: the Content-Type's charset parameter, or null to detect UTF-8 or GB18030. */
    public static List<JsonNode> read(InputStream body, String charset, Set<String> knownColumns,
                                      Set<String> requiredColumns, int max) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        String text = CsvText.decode(body, charset);
        try (MappingIterator<Map<String, String>> rows = MAPPER.readerForMapOf(String.class).with(schema).readValues(text)) {
            List<JsonNode> records = new ArrayList<>();
            boolean headerChecked = false;
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                if (!headerChecked) {
                    checkHeader(rows, knownColumns, requiredColumns);
                    headerChecked = true;
                }
                if (records.size() == max) {
                    throw new TooManyRecordsException(max);
                }
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                row.forEach((name, value) -> {
                    if (value != null && !value.isEmpty()) {
                        node.put(name, value);
                    }
                });
                records.add(node);
            }
            if (records.isEmpty()) {
                throw new MalformedInputException("the CSV has no record rows: send a header row and 1 to " + max + " rows", 1, 1);
            }
            return records;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? 0 : at.getLineNr();
            long column = at == null ? 0 : at.getColumnNr();
            throw new MalformedInputException("malformed CSV at line " + line + ", column " + column + ": "
                    + e.getOriginalMessage(), line, column);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkHeader(MappingIterator<?> rows, Set<String> known, Set<String> required) {
        CsvSchema header = (CsvSchema) rows.getParserSchema();
        Set<String> columns = new TreeSet<>(header.getColumnNames());
        Set<String> unknown = new TreeSet<>(columns);
        unknown.removeAll(known);
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(columns);
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new MalformedInputException("CSV header at line 1: "
                    + (unknown.isEmpty() ? "" : "unknown columns " + unknown + " ")
                    + (missing.isEmpty() ? "" : "missing required columns " + missing), 1, 1);
        }
    }
}
