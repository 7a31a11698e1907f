package cn.ybjg.indicators.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/** A flag-reviews.v1 payload: a reviewer's decision on a flag. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagReviewEvent(Integer schemaVersion, String eventId, String flagId, String regionCode,
                              String decision, BigDecimal recoveredAmount, OffsetDateTime reviewedAt) {

    private static final Set<String> DECISIONS = Set.of("CONFIRMED", "DISMISSED", "OPEN");

    public FlagReviewEvent validated() {
        Require.schema(schemaVersion);
        Require.present(eventId, "eventId");
        Require.present(flagId, "flagId");
        Require.present(reviewedAt, "reviewedAt");
        if (!DECISIONS.contains(Require.present(decision, "decision"))) {
            throw new InvalidEventException("decision " + decision + " is not one of " + DECISIONS);
        }
        if (recoveredAmount != null) Require.money(recoveredAmount, "recoveredAmount");
        return this;
    }
}
