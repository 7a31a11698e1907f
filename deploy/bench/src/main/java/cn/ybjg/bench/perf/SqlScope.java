package cn.ybjg.bench.perf;

import java.time.LocalDate;
import java.util.List;

/**
 * Whose data the SQL rules read from claims-service's tables: a set of persons (ID-number hashes) given by a query,
 * of whom every SETTLED settlement, every enrollment and the death registration are read, as the engine sees a
 * person's whole history whatever run it came from. {@code findingsOf} (a personId prefix, or null for all) keeps
 * the findings whose flag would carry such a personId, the same selection {@link StreamingFlags} makes on the flag
 * table.
 */
record SqlScope(String description, String personsSql, List<Object> parameters, String findingsOf) {

    /** The persons of one bench run: those with a settlement or an enrollment whose personId starts with prefix. */
    static SqlScope run(String prefix) {
        String like = likePrefix(prefix);
        return new SqlScope("persons " + prefix + "…",
                "select id_number_hash from settlement where person_id like ?"
                        + " union select id_number_hash from enrollment where person_id like ?",
                List.of(like, like), prefix);
    }

    /** The persons with a settlement dated (settlementTime in Asia/Shanghai) in the year: what a replay re-audits. */
    static SqlScope periodYear(int year) {
        return new SqlScope("persons with a settlement of " + year,
                "select distinct id_number_hash from settlement where settlement_date between ? and ?",
                List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), null);
    }

    /** A LIKE pattern matching exactly the strings that start with prefix (its own % _ \ taken literally). */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
