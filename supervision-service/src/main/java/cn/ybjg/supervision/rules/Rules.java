package cn.ybjg.supervision.rules;

import java.util.List;

/** The catalog of every rule the service knows, in a stable order. */
public final class Rules {
    private Rules() {
    }

    public static final List<Rule<?>> ALL = List.of(new DuplicateEnrollmentRule(), new DeceasedActiveRule(),
            new DrgCostOutlierRule(), new ReadmissionRule(), new OverlappingStayRule(), new DuplicateSettlementRule(),
            new GenderMismatchRule(), new NotEnrolledRule());

    public static Rule<?> byCode(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }
}
