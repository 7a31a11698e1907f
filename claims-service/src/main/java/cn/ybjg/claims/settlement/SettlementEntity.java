package cn.ybjg.claims.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored settlement record. Written in bulk by {@link SettlementStore}; read and reversed through Panache. */
@Entity
@Table(name = "settlement")
public class SettlementEntity extends PanacheEntityBase {

    public static final String SETTLED = "SETTLED";
    public static final String REVERSED = "REVERSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String institutionCode;
    public String settlementId;
    public String regionCode;
    public String personId;
    public byte[] idNumberEnc;
    public String idNumberHash;
    public String idNumberMasked;
    public String gender;
    public int birthYear;
    public byte[] birthDateEnc;
    public String insuranceType;
    public String medicalType;
    public LocalDate admissionDate;
    public LocalDate dischargeDate;
    public OffsetDateTime settlementTime;
    public LocalDate settlementDate;
    public String primaryDiagnosis;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> secondaryDiagnoses;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> procedures;
    public String drgCode;
    public String paymentMethod;
    public BigDecimal totalCost;
    public BigDecimal policyScopeCost;
    public BigDecimal fundPayment;
    public BigDecimal seriousIllnessPayment;
    public BigDecimal medicalAssistancePayment;
    public BigDecimal personalAccountPayment;
    public BigDecimal cashPayment;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Settlement.FeeLine> lines;
    public String status;
    public OffsetDateTime ingestedAt;
    public OffsetDateTime reversedAt;
    public String contentHash;
    public String submittedBy;
    public String submittedRole;
    public String reversedBy;
    public String reversalReason;

    public static Optional<SettlementEntity> findByKey(String institutionCode, String settlementId) {
        return find("institutionCode = ?1 and settlementId = ?2", institutionCode, settlementId).firstResultOptional();
    }

    public static Optional<SettlementEntity> lockByKey(String institutionCode, String settlementId) {
        return find("institutionCode = ?1 and settlementId = ?2", institutionCode, settlementId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
