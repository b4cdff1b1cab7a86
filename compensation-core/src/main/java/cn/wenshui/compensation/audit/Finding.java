package cn.wenshui.compensation.audit;

/**
 * One thing the audit found in a report.
 *
 * @param kind    a stable code, e.g. {@code price-outside-range} (see {@link ReportAuditor})
 * @param lineRef the report line's ref (or {@code lines[i]} when it has none), the subsidy's section, or null
 * @param field   a JSON path into the report, e.g. {@code lines[2].unitPrice}
 * @param clause  the schedule clause and row, e.g. {@code 一(一) 附属平房 砖混结构}; null when no row matched
 */
public record Finding(Severity severity, String kind, String lineRef, String field, String clause, String messageZh,
                      String messageEn) {
}
