package cn.ybjg.claims.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the append-only access log; the code only inserts (triggers reject UPDATE and DELETE). */
@Entity
@Immutable
@Table(name = "access_log")
public class AccessEntry extends PanacheEntityBase {

    /** What was read. */
    public enum Action { SETTLEMENT_SEARCH, SETTLEMENT_READ }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public OffsetDateTime at;
    public String actor;
    public String action;
    public String target;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;
}
