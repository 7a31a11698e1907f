package cn.ybjg.supervision.replay;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A replay as the API shows it. */
public record ReplayView(UUID id, LocalDate from, LocalDate to, List<String> ruleCodes, boolean dryRun,
        Map<String, Map<String, Object>> parameters,
        String status, long done, long total, Map<String, Object> result, String error, String actor,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    static ReplayView of(Replay r) {
        return new ReplayView(r.id, r.from, r.to, r.ruleCodes, r.dryRun, r.parameters, r.status.name(), r.done, r.total, r.result,
                r.error, r.actor, r.createdAt, r.startedAt, r.finishedAt);
    }
}
