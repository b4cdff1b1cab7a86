package cn.wenshui.compensation.audit;

import cn.wenshui.compensation.household.Household;
import java.math.BigDecimal;
import java.util.List;

/**
 * An appraisal firm's report (评估报告) for one household, as submitted for audit.
 *
 * @param household   the household facts (id, area, sole dwelling, main house, livestock premises, dates); its
 *                    {@code items} are ignored: the report's {@code lines} take their place
 * @param lines       the priced lines of the report
 * @param subsidies   the subsidies and incentive the report states (三(一), 三(二), 三(三), 一(三))
 * @param statedTotal the report's grand total
 */
public record AppraisalReport(String firm, String reportId, Household household, List<ReportLine> lines,
                              List<ReportSubsidy> subsidies, BigDecimal statedTotal) {

    public AppraisalReport {
        lines = lines == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lines));
        subsidies = subsidies == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(subsidies));
    }
}
