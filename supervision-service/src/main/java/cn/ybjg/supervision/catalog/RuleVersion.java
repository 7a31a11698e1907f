package cn.ybjg.supervision.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a rule's parameters; the highest version of a rule is in force. */
@Entity
@Table(name = "rule_version")
@IdClass(RuleVersion.Key.class)
public class RuleVersion extends PanacheEntityBase {

    /** Composite key (ruleCode, version). */
    public record Key(String ruleCode, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "rule_code")
    public String ruleCode;

    @Id
    public int version;

    public boolean enabled;

    @NotNull
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> parameters;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The version in force of every rule that has one. */
    public static List<RuleVersion> latest() {
        return find("from RuleVersion v where v.version = (select max(w.version) from RuleVersion w "
                + "where w.ruleCode = v.ruleCode) order by v.ruleCode").list();
    }

    public static RuleVersion latest(String ruleCode) {
        return find("ruleCode = ?1 order by version desc", ruleCode).firstResult();
    }
}
