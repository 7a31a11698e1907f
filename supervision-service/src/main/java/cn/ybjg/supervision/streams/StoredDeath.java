package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.rules.DeathFact;
import java.time.OffsetDateTime;

/** A death registration as the person store keeps it: the most recently ingested correction wins. */
public record StoredDeath(DeathFact fact, OffsetDateTime ingestedAt) {

    boolean supersedes(StoredDeath stored) {
        return stored == null || !ingestedAt.isBefore(stored.ingestedAt);
    }
}
