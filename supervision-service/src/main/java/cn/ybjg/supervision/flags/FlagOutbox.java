package cn.ybjg.supervision.flags;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A record waiting to be relayed, written in the transaction that made it: a flags.v1 or flag-reviews.v1 change of a
 * flag, or a rule version or configured DRG benchmark for the engine (no flag; a null payload is a tombstone).
 */
@Entity
@Table(name = "flag_outbox")
public class FlagOutbox extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "flag_id")
    public UUID flagId;
    /** flags.v1, flag-reviews.v1, rule-versions.v1 or drg-benchmarks.v1. */
    public String topic;
    @Column(name = "event_key")
    public String eventKey;
    public String payload;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** A record for the relay, in the caller's transaction. */
    public static void add(String topic, String key, java.util.UUID flagId, String payload, OffsetDateTime at) {
        FlagOutbox o = new FlagOutbox();
        o.topic = topic;
        o.eventKey = key;
        o.flagId = flagId;
        o.payload = payload;
        o.createdAt = at;
        o.persist();
    }
}
