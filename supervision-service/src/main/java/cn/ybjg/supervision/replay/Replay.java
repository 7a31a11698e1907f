package cn.ybjg.supervision.replay;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A replay job: its parameters, progress (settlements done / total) and result. */
@Entity
@Table(name = "replay")
public class Replay extends PanacheEntityBase {

    /** Job lifecycle. */
    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    @Id
    public UUID id;
    @NotNull @Column(name = "from_date")
    public LocalDate from;
    @NotNull @Column(name = "to_date")
    public LocalDate to;
    @NotNull @Column(name = "rule_codes") @JdbcTypeCode(SqlTypes.JSON)
    public List<String> ruleCodes;
    @Column(name = "dry_run")
    public boolean dryRun;
    /** Proposed parameters per rule code (dry runs only), or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Map<String, Object>> parameters;
    @NotNull @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    public long done;
    public long total;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> result;
    public String error;
    @NotNull
    public String actor;
    @NotNull @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
