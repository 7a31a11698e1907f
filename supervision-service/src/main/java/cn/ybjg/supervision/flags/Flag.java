package cn.ybjg.supervision.flags;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A flag: one row per (ruleCode, subjectKey); its id is derived from that pair, so replays find the same row. */
@Entity
@Table(name = "flag")
public class Flag extends PanacheEntityBase {

    /** Flag lifecycle; CONFIRMED and DISMISSED are set by reviews (issue 5). */
    public enum Status { OPEN, CONFIRMED, DISMISSED, WITHDRAWN }

    @Id
    public UUID id;
    @NotNull @Column(name = "rule_code")
    public String ruleCode;
    @NotNull @Column(name = "subject_key")
    public String subjectKey;
    @Column(name = "rule_version")
    public int ruleVersion;
    @NotNull
    public String severity;
    @Column(name = "settlement_id")
    public String settlementId;
    @Column(name = "institution_code")
    public String institutionCode;
    @NotNull @Column(name = "region_code")
    public String regionCode;
    @NotNull @Column(name = "person_id")
    public String personId;
    @NotNull @Column(name = "id_number_hash")
    public String idNumberHash;
    @NotNull @Column(name = "id_number_masked")
    public String idNumberMasked;
    @Column(name = "insurance_type")
    public String insuranceType;
    @NotNull @Column(name = "amount_at_risk")
    public BigDecimal amountAtRisk;
    @NotNull @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> evidence;
    @NotNull @Column(name = "detected_at")
    public OffsetDateTime detectedAt;
    @NotNull @Column(name = "period_date")
    public LocalDate periodDate;
    @NotNull @Enumerated(EnumType.STRING)
    public Status status;
    @NotNull @Column(name = "status_changed_at")
    public OffsetDateTime statusChangedAt;
    /** Set by a CONFIRMED review (追回金额), cleared when the flag is re-opened. */
    @Column(name = "recovered_amount")
    public BigDecimal recoveredAmount;
    /** Optimistic lock: a review and a re-check of the same flag never overwrite each other. */
    @jakarta.persistence.Version
    public int version;

    public static UUID idOf(String ruleCode, String subjectKey) {
        return UUID.nameUUIDFromBytes(("flag:" + ruleCode + ":" + subjectKey).getBytes(StandardCharsets.UTF_8));
    }

    /** Stored flags of these rules for these persons. */
    public static List<Flag> ofPersons(Collection<String> ruleCodes, Collection<String> hashes) {
        if (ruleCodes.isEmpty() || hashes.isEmpty()) return List.of();
        return list("ruleCode in ?1 and idNumberHash in ?2", ruleCodes, hashes);
    }

    /** Stored flags of one rule for these subjects. */
    public static List<Flag> ofSubjects(String ruleCode, Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) return List.of();
        return list("ruleCode = ?1 and subjectKey in ?2", ruleCode, subjectKeys);
    }
}
