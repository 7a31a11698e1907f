package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.rules.PersonHistory;
import cn.ybjg.supervision.rules.SettlementFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Everything the engine knows about one person (the value of the person store, keyed by idNumberHash): settlements
 * (reversed ones marked), enrollments, the death registration and the flags it published. Lists are kept in the
 * order the database state reader uses, so rules see the same history either way. Applying an event is idempotent
 * and, but for ties on ingestedAt, independent of arrival order.
 */
public record PersonState(List<SettlementFact> settlements, List<StoredEnrollment> enrollments, StoredDeath death,
        List<PersonFlag> flags) {

    public static final Serde<PersonState> SERDE = new CodecSerde<>(PersonState.class, PersonStateCodec::encode,
            PersonStateCodec::decode);
    public static final PersonState EMPTY = new PersonState(List.of(), List.of(), null, List.of());

    private static final Comparator<SettlementFact> SETTLEMENT_ORDER = Comparator
            .comparing(SettlementFact::admissionDate).thenComparing(SettlementFact::settlementId)
            .thenComparing(SettlementFact::institutionCode);
    private static final Comparator<StoredEnrollment> ENROLLMENT_ORDER = Comparator
            .comparing((StoredEnrollment e) -> e.fact().startDate()).thenComparing(e -> e.fact().insuranceType())
            .thenComparing(e -> e.fact().regionCode());

    /** The RocksDB store of person states, changelogged so a task moves between instances with its state. */
    static StoreBuilder<KeyValueStore<String, PersonState>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Topics.PERSON_STORE), Serdes.String(), SERDE);
    }

    PersonState apply(PersonEvent event) {
        if (event instanceof PersonEvent.Settlement s) return withSettlement(s.fact());
        if (event instanceof PersonEvent.Enrollment e) return withEnrollment(e.enrollment());
        StoredDeath d = ((PersonEvent.Death) event).death();
        return d.supersedes(death) ? new PersonState(settlements, enrollments, d, flags) : this;
    }

    /** Upsert by (institutionCode, settlementId); a reversal is sticky (a late SETTLED never un-reverses). */
    private PersonState withSettlement(SettlementFact incoming) {
        List<SettlementFact> next = new ArrayList<>(settlements.size() + 1);
        SettlementFact merged = incoming;
        for (SettlementFact s : settlements) {
            if (s.subjectKey().equals(incoming.subjectKey())) {
                if (s.reversed() && !incoming.reversed()) merged = reversed(incoming);
            } else {
                next.add(s);
            }
        }
        next.add(merged);
        next.sort(SETTLEMENT_ORDER);
        return new PersonState(next, enrollments, death, flags);
    }

    /** Upsert by (insuranceType, regionCode, startDate); the most recently ingested version wins. */
    private PersonState withEnrollment(StoredEnrollment incoming) {
        List<StoredEnrollment> next = new ArrayList<>(enrollments.size() + 1);
        boolean take = true;
        for (StoredEnrollment e : enrollments) {
            if (e.fact().key().equals(incoming.fact().key())) {
                if (incoming.supersedes(e)) continue;
                take = false;
            }
            next.add(e);
        }
        if (!take) return this;
        next.add(incoming);
        next.sort(ENROLLMENT_ORDER);
        return new PersonState(settlements, next, death, flags);
    }

    /** Whether the facts the rules read are the same (a re-delivered or superseded event changed nothing). */
    boolean sameFacts(PersonState other) {
        return settlements.equals(other.settlements) && enrollments.equals(other.enrollments)
                && Objects.equals(death, other.death);
    }

    public PersonHistory history(String idNumberHash) {
        return new PersonHistory(idNumberHash, settlements, enrollments.stream().map(StoredEnrollment::fact).toList(),
                Optional.ofNullable(death).map(StoredDeath::fact));
    }

    PersonState withFlags(List<PersonFlag> next) {
        return new PersonState(settlements, enrollments, death, next);
    }

    private static SettlementFact reversed(SettlementFact s) {
        return new SettlementFact(s.institutionCode(), s.settlementId(), s.idNumberHash(), s.idNumberMasked(),
                s.personId(), s.regionCode(), s.gender(), s.insuranceType(), s.medicalType(), s.admissionDate(),
                s.dischargeDate(), s.periodDate(), s.primaryDiagnosis(), s.drgCode(), s.totalCost(), s.fundPayments(), true);
    }
}
