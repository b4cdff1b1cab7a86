package cn.wenshui.compensation.audit;

import cn.wenshui.compensation.quote.Quote;
import java.math.BigDecimal;
import java.util.List;

/**
 * The audit of one report: the findings, their counts, the report's stated total beside the sum of its own lines
 * and subsidies, and the engine's quote for the same household and lines (null when the household facts are
 * invalid; see the {@code invalid-household} findings).
 */
public record AuditResult(String reportId, String firm, List<Finding> findings, long errors, long warnings,
                          BigDecimal reportTotal, BigDecimal computedReportTotal, Quote engineQuote) {

    public AuditResult {
        findings = List.copyOf(findings);
    }
}
