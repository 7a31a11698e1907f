package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.ingest.DeathEvent;
import cn.ybjg.supervision.ingest.EnrollmentEvent;
import cn.ybjg.supervision.ingest.SettlementEvent;
import cn.ybjg.supervision.rules.DeathFact;
import cn.ybjg.supervision.rules.EnrollmentFact;
import cn.ybjg.supervision.rules.SettlementFact;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/**
 * Reads one payload of settlements.v1, enrollments.v1 or deaths.v1 (docs/events.md) into a {@link PersonEvent},
 * with the same validation as the consumer loop's event records. Throws {@link IllegalArgumentException} with a
 * reason that names fields, never values.
 */
final class EventReader {
    private EventReader() {
    }

    static PersonEvent read(String topic, String key, byte[] value) {
        if (value == null) throw new IllegalArgumentException("empty value");
        PersonEvent event = switch (topic) {
            case Topics.SETTLEMENTS -> settlement(parse(value, SettlementEvent.class));
            case Topics.ENROLLMENTS -> enrollment(parse(value, EnrollmentEvent.class));
            case Topics.DEATHS -> death(parse(value, DeathEvent.class));
            default -> throw new IllegalArgumentException("unexpected topic " + topic);
        };
        // The person store is keyed by the record key: a record keyed otherwise would land in another person's state.
        if (!event.idNumberHash().equals(key)) throw new IllegalArgumentException("key: not the idNumberHash");
        return event;
    }

    private static <T> T parse(byte[] value, Class<T> type) {
        try {
            return StreamsJson.MAPPER.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unparseable: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("unparseable: " + e.getMessage());
        }
    }

    private static void check(String problem) {
        if (!problem.isBlank()) throw new IllegalArgumentException(problem.trim());
    }

    private static PersonEvent settlement(SettlementEvent s) {
        check(s.problem());
        return new PersonEvent.Settlement(new SettlementFact(s.institutionCode(), s.settlementId(), s.idNumberHash(),
                s.idNumberMasked(), s.personId(), s.regionCode(), s.gender(), s.insuranceType(), s.medicalType(),
                s.admissionDate(), s.dischargeDate(), s.periodDate(), s.primaryDiagnosis(), s.drgCode(),
                s.totalCost(), s.fundPayments(), "REVERSED".equals(s.status())));
    }

    private static PersonEvent enrollment(EnrollmentEvent e) {
        check(e.problem());
        return new PersonEvent.Enrollment(e.idNumberHash(), new StoredEnrollment(new EnrollmentFact(e.insuranceType(),
                e.regionCode(), e.startDate(), e.endDate(), e.status(), e.personId(), e.idNumberMasked()), e.ingestedAt()));
    }

    private static PersonEvent death(DeathEvent d) {
        check(d.problem());
        return new PersonEvent.Death(d.idNumberHash(), new StoredDeath(new DeathFact(d.dateOfDeath(), d.source(),
                d.idNumberMasked()), d.ingestedAt()));
    }
}
