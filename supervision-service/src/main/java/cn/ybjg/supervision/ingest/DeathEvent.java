package cn.ybjg.supervision.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** deaths.v1 payload. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeathEvent(Integer schemaVersion, String eventId, String idNumberHash, String idNumberMasked,
        LocalDate dateOfDeath, String source, OffsetDateTime ingestedAt) {

    public String problem() {
        return Required.missing("idNumberHash", idNumberHash, "idNumberMasked", idNumberMasked,
                "dateOfDeath", dateOfDeath, "source", source, "ingestedAt", ingestedAt)
                + Required.tooLong("idNumberHash", idNumberHash, 64, "idNumberMasked", idNumberMasked, 18,
                        "source", source, 40);
    }
}
