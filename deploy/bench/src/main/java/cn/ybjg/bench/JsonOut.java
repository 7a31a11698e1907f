package cn.ybjg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes a JSON array with one record a line: valid JSON, readable, and diffable between runs. */
final class JsonOut {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOut() {
    }

    static void writeArray(Path file, List<Map<String, Object>> records) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("[");
            for (int i = 0; i < records.size(); i++) {
                w.write(i == 0 ? "\n" : ",\n");
                w.write(MAPPER.writeValueAsString(records.get(i)));
            }
            w.write("\n]\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static void writeObject(Path file, Object value) {
        try {
            Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
