package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.flags.FlagEvent;
import java.time.OffsetDateTime;

/**
 * A flag of one person as the engine last published it (OPEN or WITHDRAWN): the full flags.v1 payload, so a
 * withdrawal or an update is built from the store alone. Reviews (CONFIRMED, DISMISSED) live in PostgreSQL.
 */
public record PersonFlag(String ruleCode, String subjectKey, OffsetDateTime statusChangedAt, FlagEvent published) {

    public static final String OPEN = "OPEN";
    public static final String WITHDRAWN = "WITHDRAWN";

    /** One flag per (ruleCode, subject). */
    static String key(String ruleCode, String subjectKey) {
        return ruleCode + "\u0000" + subjectKey;
    }

    String key() {
        return key(ruleCode, subjectKey);
    }

    boolean open() {
        return OPEN.equals(published.status());
    }
}
