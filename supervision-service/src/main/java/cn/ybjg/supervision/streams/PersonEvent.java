package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.rules.SettlementFact;

/** One fact about a person from settlements.v1, enrollments.v1 or deaths.v1, already validated. */
public sealed interface PersonEvent {

    String idNumberHash();

    /** A settlement or its reversal. */
    record Settlement(SettlementFact fact) implements PersonEvent {
        public String idNumberHash() {
            return fact.idNumberHash();
        }
    }

    /** An enrollment period (a later version of the same identity replaces it). */
    record Enrollment(String idNumberHash, StoredEnrollment enrollment) implements PersonEvent {
    }

    /** A death registration (a later correction replaces it). */
    record Death(String idNumberHash, StoredDeath death) implements PersonEvent {
    }
}
