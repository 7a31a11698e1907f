package cn.ybjg.supervision.flags;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The filters of GET /api/v1/flags plus the caller's region scope (empty = unrestricted). */
public record FlagQuery(String ruleCode, String severity, String status, String institutionCode, String regionCode,
        String personId, LocalDate from, LocalDate to, String sort, int page, int size,
        Optional<List<String>> regionScope) {
}
