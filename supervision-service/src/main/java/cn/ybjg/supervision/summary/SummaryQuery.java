package cn.ybjg.supervision.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * GET /api/v1/flag-summary: the dimensions to group by (in order) and the filters of GET /api/v1/flags, plus the
 * caller's region scope (empty = unrestricted). Without a status filter WITHDRAWN flags are left out, as in listings.
 */
public record SummaryQuery(List<Dimension> groupBy, String ruleCode, String severity, String status,
        String institutionCode, String regionCode, LocalDate from, LocalDate to, Optional<List<String>> regionScope) {
}
