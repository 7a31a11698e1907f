package cn.ybjg.hostile;

import cn.ybjg.bench.Samples;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid settlement records of bench's generator (2025, 郴州), handed out as fresh copies with run-unique
 * settlementId and personId, so that whatever the suite finds in the database under them came from this run.
 */
final class Valid {
    /** The institution the suite's hospital token is scoped to, and another one of the same region. */
    static final String OWN = "H43100200123";
    static final String VICTIM = "H43100200456";

    private static List<ObjectNode> base;
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Valid() {
    }

    static synchronized List<ObjectNode> base(Stack stack) {
        if (base == null) {
            base = Samples.settlements(stack.seed, "HXBASE-", "431000", 2025, 400);
        }
        return base;
    }

    /** A valid record of this run; {@code tag} (letters and digits) shows in its ids which test made it. */
    static ObjectNode record(Stack stack, String tag) {
        int n = NEXT.incrementAndGet();
        ObjectNode r = base(stack).get(n % base(stack).size()).deepCopy();
        r.put("settlementId", String.format("%s-%s-%06d", stack.run, tag, n));
        r.put("personId", String.format("%s-P%06d", stack.run, n));
        return r;
    }

    /** A valid record of this run filed by {@link #OWN}. */
    static ObjectNode own(Stack stack, String tag) {
        return record(stack, tag).put("institutionCode", OWN);
    }
}
