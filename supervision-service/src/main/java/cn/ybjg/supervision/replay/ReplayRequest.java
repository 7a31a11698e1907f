package cn.ybjg.supervision.replay;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Body of POST /api/v1/replays; from/to bound the settlements' periodDate, empty ruleCodes = every rule.
 * {@code parameters} (dry run only): proposed parameters per rule code, merged over the version in force.
 */
public record ReplayRequest(LocalDate from, LocalDate to, List<String> ruleCodes, Boolean dryRun,
        Map<String, Map<String, Object>> parameters) {
}
