package cn.ybjg.supervision.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the append-only audit log; the code only inserts (a trigger rejects UPDATE and DELETE). */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    /** What was done. */
    public enum Action { RULE_CHANGE, REVIEW, REPLAY_STARTED, REPLAY_FINISHED, FLAG_READ, ENGINE_PAUSED, ENGINE_RESUMED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @NotNull
    public OffsetDateTime at;
    @NotNull
    public String actor;
    @NotNull
    public String action;
    public String target;
    @NotNull @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;
}
