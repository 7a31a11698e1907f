package cn.ybjg.supervision.streams;

import cn.ybjg.kit.IsoDates;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * The engine's readers of event dates and timestamps: the plain ISO forms digit by digit ({@link IsoDates};
 * DateTimeFormatter took 6% of the engine's samples in the 1,000,000 bench, JFR), any other form and any invalid
 * value through Jackson's own deserializer, so what is accepted and how errors read is unchanged; the offset is kept
 * as written (as with ADJUST_DATES_TO_CONTEXT_TIME_ZONE off).
 */
final class IsoDateReaders {
    private IsoDateReaders() {
    }

    static SimpleModule module() {
        return new SimpleModule("iso-dates")
                .addDeserializer(LocalDate.class, new Fast<>(IsoDates::localDate, LocalDateDeserializer.INSTANCE))
                .addDeserializer(OffsetDateTime.class, new Fast<>(IsoDates::offsetDateTime, InstantDeserializer.OFFSET_DATE_TIME));
    }

    /** The fast parser for plain strings of the usual form, Jackson's deserializer for everything else. */
    private static final class Fast<T> extends JsonDeserializer<T> {
        private final Function<String, T> parser;
        private final JsonDeserializer<? extends T> fallback;

        Fast(Function<String, T> parser, JsonDeserializer<? extends T> fallback) {
            this.parser = parser;
            this.fallback = fallback;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                T value = parser.apply(p.getText());
                if (value != null) return value;
            }
            return fallback.deserialize(p, ctxt);
        }
    }
}
