package cn.wenshui.compensation.audit;

import static cn.wenshui.compensation.audit.AuditTest.audit;
import static cn.wenshui.compensation.audit.AuditTest.cleanLines;
import static cn.wenshui.compensation.audit.AuditTest.cleanSubsidies;
import static cn.wenshui.compensation.audit.AuditTest.household;
import static cn.wenshui.compensation.audit.AuditTest.report;
import static cn.wenshui.compensation.audit.AuditTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 一(三) 注1 「以上补偿价格包含水、暖、电等一切设施在内」 in the audit of an appraisal report (I-42). */
@DisplayName("审核:一(三)注1 禽类房舍价格已含水、暖、电(解释I-42)")
class AuditAllInclusiveTest {

    @Test
    @DisplayName("报告既列一(三)鸡窝又列室内采暖与三项动力线路:提示 livestock-facilities-included(警告,不改金额)")
    void flagged() {
        List<ReportLine> lines = new ArrayList<>(cleanLines());
        lines.add(row("7", "1-3.chicken-coop.earth", "鸡窝", "土质", "1", "处", "30", "30"));
        lines.add(row("8", "1-1.utility.indoor-heating", "日用设施", "室内采暖(含暖气、管道等)", "20", "m²", "50",
                "1000"));
        lines.add(row("9", "1-1.three-phase-power", "三项动力线路", null, "1", "户", "5000", "5000"));
        AuditResult r = audit(report(lines, cleanSubsidies(), household(null)));
        assertThat(r.findings()).filteredOn(f -> f.kind().equals("livestock-facilities-included"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.messageZh()).contains("一(三)注1").contains("室内采暖").contains("I-42");
                });
    }

    @Test
    @DisplayName("报告只有一(三)房舍、没有水暖电行:不提示")
    void notFlaggedAlone() {
        List<ReportLine> lines = new ArrayList<>(cleanLines());
        lines.add(row("7", "1-3.chicken-coop.earth", "鸡窝", "土质", "1", "处", "30", "30"));
        AuditResult r = audit(report(lines, cleanSubsidies(), household(null)));
        assertThat(r.findings()).noneMatch(f -> f.kind().equals("livestock-facilities-included"));
    }
}
