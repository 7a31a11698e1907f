package cn.ybjg.supervision.flags;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One review of a flag (who, when, decision, note, amount); reviews are only ever added. */
@Entity
@Immutable
@Table(name = "flag_review")
public class FlagReview extends PanacheEntityBase {
    @Id
    public UUID id;
    @NotNull @Column(name = "flag_id")
    public UUID flagId;
    @NotNull @Column(name = "previous_status")
    public String previousStatus;
    @NotNull
    public String decision;
    public String note;
    @Column(name = "recovered_amount")
    public BigDecimal recoveredAmount;
    @NotNull
    public String reviewer;
    @NotNull @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    /** The history of one flag, oldest first. */
    public static List<FlagReview> ofFlag(UUID flagId) {
        return list("flagId = ?1 order by reviewedAt, id", flagId);
    }
}
