package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.rules.EnrollmentFact;
import java.time.OffsetDateTime;

/** An enrollment as the person store keeps it: the most recently ingested version of its identity wins. */
public record StoredEnrollment(EnrollmentFact fact, OffsetDateTime ingestedAt) {

    /** Whether this version replaces {@code stored} (same identity): ingested at the same time or later. */
    boolean supersedes(StoredEnrollment stored) {
        return !ingestedAt.isBefore(stored.ingestedAt);
    }
}
