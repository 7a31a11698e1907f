package cn.ybjg.claims.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonBatchReader() {
    }

    public static List<JsonNode> read(InputStream body, int max) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            return records(parser, max);
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
            records.add(tree(parser));
        } else if (first == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (records.size() == max) {
                    throw new TooManyRecordsException(max);
                }
                records.add(tree(parser));
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

    /**
     * The value at the current token as a tree, numbers as exact BigDecimals. A number no BigDecimal holds
     * ({@code 1E+2147483648}) stays the text it was sent as, so that validation refuses that one field of that one
     * record, instead of the whole batch failing to parse.
     */
    private static JsonNode tree(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    p.nextToken();
                    object.set(name, tree(p));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(p));
                }
                return array;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                try {
                    return p.currentToken() == JsonToken.VALUE_NUMBER_INT
                            ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getDecimalValue());
                } catch (NumberFormatException | ArithmeticException e) {
                    return NODES.textNode(p.getText());
                }
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(p.getBooleanValue());
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw malformed("unexpected " + p.currentToken(), p.currentLocation());
        }
    }

    private static MalformedInputException malformed(String message, JsonLocation at) {
        long line = at == null ? 0 : at.getLineNr();
        long column = at == null ? 0 : at.getColumnNr();
        return new MalformedInputException("malformed JSON at line " + line + ", column " + column + ": " + message,
                line, column);
    }
}
