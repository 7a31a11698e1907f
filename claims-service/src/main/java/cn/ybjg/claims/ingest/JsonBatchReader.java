package cn.ybjg.claims.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stream-parses a JSON array of records (a bare object is a batch of one) from the request body, one
 * element at a time, so the body is never held as one string. Decimals stay exact (BigDecimal).
 */
public final class JsonBatchReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private JsonBatchReader() {
    }

    public static List<JsonNode> read(InputStream body, int max) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            try {
                return records(parser, max);
            } catch (NumberFormatException | ArithmeticException e) {
                // A number whose exponent or scale no BigDecimal holds (1E+2147483648): no record can carry it.
                throw malformed("a number is out of range (its exponent or scale exceeds 32 bits)", parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw malformed(e.getOriginalMessage(), e.getLocation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> records(JsonParser parser, int max) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_OBJECT) {
            records.add(MAPPER.readTree(parser));
        } else if (first == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (records.size() == max) {
                    throw new TooManyRecordsException(max);
                }
                records.add(MAPPER.readTree(parser));
            }
        } else {
            throw malformed("expected a JSON array of records or one record object", parser.currentLocation());
        }
        if (parser.nextToken() != null) {
            throw malformed("unexpected content after the end of the batch", parser.currentLocation());
        }
        if (records.isEmpty()) {
            throw malformed("the batch is empty: send 1 to " + max + " records", parser.currentLocation());
        }
        return records;
    }

    private static MalformedInputException malformed(String message, JsonLocation at) {
        long line = at == null ? 0 : at.getLineNr();
        long column = at == null ? 0 : at.getColumnNr();
        return new MalformedInputException("malformed JSON at line " + line + ", column " + column + ": " + message,
                line, column);
    }
}
