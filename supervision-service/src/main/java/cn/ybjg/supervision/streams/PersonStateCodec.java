package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.rules.DeathFact;
import cn.ybjg.supervision.rules.EnrollmentFact;
import cn.ybjg.supervision.rules.SettlementFact;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link PersonState} in {@link FactCodec}'s binary format: settlements, enrollments and the death as binary facts;
 * the published flags (few persons have any, and their evidence is free-form) as the JSON of their events.
 */
final class PersonStateCodec {
    private static final TypeReference<List<PersonFlag>> FLAGS = new TypeReference<>() { };
    private static final ObjectWriter FLAGS_WRITER = StreamsJson.MAPPER.writerFor(FLAGS);
    private static final ObjectReader FLAGS_READER = StreamsJson.MAPPER.readerFor(FLAGS);

    private PersonStateCodec() {
    }

    static byte[] encode(PersonState state) {
        FactCodec.Out out = new FactCodec.Out();
        out.count(state.settlements().size());
        state.settlements().forEach(out::settlement);
        out.count(state.enrollments().size());
        for (StoredEnrollment e : state.enrollments()) {
            EnrollmentFact f = e.fact();
            out.str(f.insuranceType());
            out.str(f.regionCode());
            out.date(f.startDate());
            out.date(f.endDate());
            out.str(f.status());
            out.str(f.personId());
            out.str(f.idNumberMasked());
            out.time(e.ingestedAt());
        }
        StoredDeath death = state.death();
        out.flag(death != null);
        if (death != null) {
            out.date(death.fact().dateOfDeath());
            out.str(death.fact().source());
            out.str(death.fact().idNumberMasked());
            out.time(death.ingestedAt());
        }
        out.blob(state.flags().isEmpty() ? new byte[0] : json(state.flags()));
        return out.toBytes();
    }

    static PersonState decode(FactCodec.In in) throws IOException {
        int n = in.count();
        List<SettlementFact> settlements = new ArrayList<>(Math.max(0, Math.min(n, 1024)));
        for (int i = 0; i < n; i++) settlements.add(in.settlement());
        n = in.count();
        List<StoredEnrollment> enrollments = new ArrayList<>(Math.max(0, Math.min(n, 1024)));
        for (int i = 0; i < n; i++) {
            enrollments.add(new StoredEnrollment(new EnrollmentFact(in.str(), in.str(), in.date(), in.date(), in.str(),
                    in.str(), in.str()), in.time()));
        }
        StoredDeath death = in.flag() ? new StoredDeath(new DeathFact(in.date(), in.str(), in.str()), in.time()) : null;
        byte[] flags = in.blob();
        return new PersonState(settlements, enrollments, death,
                flags.length == 0 ? List.of() : FLAGS_READER.readValue(flags));
    }

    private static byte[] json(List<PersonFlag> flags) {
        try {
            return FLAGS_WRITER.writeValueAsBytes(flags);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
