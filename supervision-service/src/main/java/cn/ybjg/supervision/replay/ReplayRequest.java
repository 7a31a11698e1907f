package cn.ybjg.supervision.replay;

import java.time.LocalDate;
import java.util.List;

/** Body of POST /api/v1/replays; from/to bound the settlements' periodDate, empty ruleCodes = every rule. */
public record ReplayRequest(LocalDate from, LocalDate to, List<String> ruleCodes, Boolean dryRun) {
}
