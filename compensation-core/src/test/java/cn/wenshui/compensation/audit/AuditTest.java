package cn.wenshui.compensation.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.LineStatus;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.testing.Quotes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 一(一) 注1: the appraisal firm's report (评估报告) is checked against the printed schedule. The clean report below is
 * correct in every number; each test then makes exactly one mistake and expects exactly that finding. All expected
 * numbers are worked out by hand from the printed text of 文政发〔2023〕6号.
 */
@DisplayName("一(一) 注1 评估报告复核:逐行对照文政发〔2023〕6号")
class AuditTest {
    static final ReportAuditor AUDITOR = new ReportAuditor(Quotes.ENGINE);

    // ---- the clean report ------------------------------------------------------------------------------------

    /** 被拆迁房屋建筑面积 31 m², not a sole dwelling, one 羊圈 of 20 m², no dates yet. */
    static Household household(Dates dates) {
        return new Household("H-001", "王某", "堡子村", false, false, dec("31"), null, List.of(),
                List.of(new LivestockPremises("P1", "羊圈", dec("20"))), dates);
    }

    static List<ReportLine> cleanLines() {
        return List.of(
                // 一(一) 附属平房 砖混结构 700-800 元/m²: 10 m² × 750 = 7500
                row("1", "1-1.annex.brick-concrete", "附属平房", "砖混结构", "10", "m²", "750", "7500"),
                // 一(一) 附属平房 砖木结构(含混合结构) 700 元/m²: 50 m² × 700 = 35000
                row("2", "1-1.annex.brick-wood", "附属平房", "砖木结构(含混合结构)", "50", "m²", "700", "35000"),
                // 二(一) 核桃树 11cm< 胸径≤15cm 500 元/株, named by its printed words only
                measured(row("3", null, "果树类", "核桃树", "1", "株", "500", "500"), "trunkDiameterCm", "12"),
                // 一(一) 围墙 砖围墙 50-70 元/m²: 20 m² × 60 = 1200
                row("4", "1-1.wall.brick", "围墙", "砖围墙", "20", "m²", "60", "1200"),
                // 一(一) 注3 地下室按照评估金额补偿: the firm's own price, 30 m² × 1000 = 30000
                row("5", null, "地下室", null, "30", "m²", "1000", "30000"),
                // 二(一) 葡萄 盛果期 400 元/架: 10 架 × 400 = 4000
                staged(row("6", "2-1.grape", "葡萄", null, "10", "架", "400", "4000"), "盛果期"));
    }

    static List<ReportSubsidy> cleanSubsidies() {
        return List.of(
                new ReportSubsidy("三(一)", null, dec("310")),    // 31 m² > 30 m²: 31 × 10 = 310
                new ReportSubsidy("三(二)", null, dec("4464")),   // 31 × 6 = 186 元/月 × 24 = 4464
                new ReportSubsidy("一(三)", "P1", dec("1250")));  // ≤30m² 300-400 + <30m² 300 × 3 = 1200-1300
    }

    /** 7500 + 35000 + 500 + 1200 + 30000 + 4000 + 310 + 4464 + 1250 = 84224. */
    static AppraisalReport clean() {
        return new AppraisalReport("文水某评估公司", "PG-2023-001", household(null), cleanLines(), cleanSubsidies(),
                dec("84224"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static BigDecimal dec(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    static ReportLine row(String ref, String code, String category, String spec, String quantity, String unit,
                          String unitPrice, String amount) {
        return new ReportLine(ref, code, category, spec, dec(quantity), unit, Map.of(), null, dec(unitPrice),
                dec(amount), null, null, null, null, null);
    }

    static ReportLine measured(ReportLine l, String key, String value) {
        Map<String, BigDecimal> m = new LinkedHashMap<>(l.measurements());
        m.put(key, dec(value));
        return new ReportLine(l.ref(), l.code(), l.category(), l.spec(), l.quantity(), l.unit(), m, l.growthStage(),
                l.unitPrice(), l.amount(), l.linkedCode(), l.linkedUnitPrice(), l.decorated(), l.surchargePercent(),
                l.overrideReason());
    }

    static ReportLine staged(ReportLine l, String stage) {
        return new ReportLine(l.ref(), l.code(), l.category(), l.spec(), l.quantity(), l.unit(), l.measurements(),
                stage, l.unitPrice(), l.amount(), l.linkedCode(), l.linkedUnitPrice(), l.decorated(),
                l.surchargePercent(), l.overrideReason());
    }

    static ReportLine withReason(ReportLine l, String reason) {
        return new ReportLine(l.ref(), l.code(), l.category(), l.spec(), l.quantity(), l.unit(), l.measurements(),
                l.growthStage(), l.unitPrice(), l.amount(), l.linkedCode(), l.linkedUnitPrice(), l.decorated(),
                l.surchargePercent(), reason);
    }

    /** The clean report with line {@code index} replaced; the stated total follows the lines so it stays right. */
    static AppraisalReport replacing(int index, ReportLine line) {
        List<ReportLine> lines = new ArrayList<>(cleanLines());
        lines.set(index, line);
        return report(lines, cleanSubsidies(), household(null));
    }

    static AppraisalReport adding(ReportLine line) {
        List<ReportLine> lines = new ArrayList<>(cleanLines());
        lines.add(line);
        return report(lines, cleanSubsidies(), household(null));
    }

    static AppraisalReport withSubsidies(Household h, ReportSubsidy... subsidies) {
        return report(cleanLines(), List.of(subsidies), h);
    }

    static AppraisalReport report(List<ReportLine> lines, List<ReportSubsidy> subsidies, Household h) {
        BigDecimal total = BigDecimal.ZERO;
        for (ReportLine l : lines) {
            total = total.add(l.amount());
        }
        for (ReportSubsidy s : subsidies) {
            total = total.add(s.amount());
        }
        return new AppraisalReport("文水某评估公司", "PG-2023-001", h, lines, subsidies, total);
    }

    static AuditResult audit(AppraisalReport r) {
        try {
            return AUDITOR.audit(r);
        } catch (InvalidInventoryException e) {
            throw new AssertionError("expected an audit, got " + e.violations(), e);
        }
    }

    /** The one ERROR or WARNING of the audit; fails if there is any other. */
    static Finding only(AuditResult r, Severity severity, String kind) {
        List<Finding> serious = r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertThat(serious).as("errors and warnings").extracting(Finding::kind).containsExactly(kind);
        assertThat(serious.get(0).severity()).isEqualTo(severity);
        assertThat(serious.get(0).messageZh()).isNotBlank();
        assertThat(serious.get(0).messageEn()).isNotBlank();
        return serious.get(0);
    }

    static List<Finding> infos(AuditResult r, String kind) {
        return r.findings().stream().filter(f -> f.severity() == Severity.INFO && f.kind().equals(kind)).toList();
    }

    static QuoteLine engineLine(AuditResult r, String ref) {
        List<QuoteLine> found = r.engineQuote().lines().stream().filter(l -> ref.equals(l.ref())).toList();
        assertThat(found).as("engine lines with ref %s", ref).hasSize(1);
        return found.get(0);
    }

    // ---- the clean report --------------------------------------------------------------------------------------

    @Nested
    @DisplayName("一(一) 注1 无误的评估报告")
    class Clean {

        @Test
        @DisplayName("一(一) 注1 各行、补助与合计均无误:无错误、无警告,合计84224元")
        void noErrors() {
            AuditResult r = audit(clean());
            assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
            assertThat(r.errors()).isZero();
            assertThat(r.warnings()).isZero();
            assertThat(r.reportId()).isEqualTo("PG-2023-001");
            assertThat(r.firm()).isEqualTo("文水某评估公司");
            assertThat(r.reportTotal()).isEqualByComparingTo("84224");
            assertThat(r.computedReportTotal()).isEqualByComparingTo("84224");
        }

        @Test
        @DisplayName("一(一) 注3 地下室按照评估金额补偿:由评估公司定价,只记一条提示(appraisal-item)")
        void basementIsAppraised() {
            List<Finding> f = infos(audit(clean()), "appraisal-item");
            assertThat(f).hasSize(1);
            assertThat(f.get(0).lineRef()).isEqualTo("5");
            assertThat(f.get(0).clause()).isEqualTo("一(一) 注3 地下室");
        }

        @Test
        @DisplayName("一(一) 注1 引擎报价:区间内的评估单价750元照用,10m²得7500元;核桃树12cm得500元;砖围墙20×60=1200元")
        void engineQuoteUsesTheAppraisedPrices() {
            AuditResult r = audit(clean());
            QuoteLine annex = engineLine(r, "1");
            assertThat(annex.status()).isEqualTo(LineStatus.EXACT);
            assertThat(annex.amountMin()).isEqualByComparingTo("7500");
            assertThat(engineLine(r, "3").amountMin()).isEqualByComparingTo("500");
            assertThat(engineLine(r, "4").amountMax()).isEqualByComparingTo("1200");
            assertThat(r.engineQuote().pending()).extracting(p -> p.category()).containsExactly("地下室");
        }

        @Test
        @DisplayName("三 引擎报价合计:7500+35000+500+1200+4000+310+4464+(300~400+900) = 54174–54274元,地下室不计")
        void engineQuoteTotal() {
            Quote q = audit(clean()).engineQuote();
            assertThat(q.householdId()).isEqualTo("H-001");
            assertThat(q.totalMin()).isEqualByComparingTo("54174");
            assertThat(q.totalMax()).isEqualByComparingTo("54274");
        }

        @Test
        @DisplayName("一(三) 同一处养殖场所的搬迁补助与临时安置补助可分两条列出:350+900=1250,在1200–1300之内")
        void livestockSubsidyInTwoEntries() {
            AuditResult r = audit(withSubsidies(household(null),
                    new ReportSubsidy("三(一)", null, dec("310")),
                    new ReportSubsidy("三(二)", null, dec("4464")),
                    new ReportSubsidy("一(三)", "P1", dec("350")),
                    new ReportSubsidy("一(三)", "P1", dec("900"))));
            assertThat(r.errors()).isZero();
            assertThat(r.warnings()).isZero();
        }
    }

    // ---- one mistake at a time ---------------------------------------------------------------------------------

    @Nested
    @DisplayName("一(一) 注1 每种错误各一处:只报该一条")
    class OneMistakeEach {

        @Test
        @DisplayName("一(一) 附属平房 砖混结构 700-800 元/m²:报850元/m² → price-outside-range,引擎按7000–8000元列区间")
        void priceOutsideRange() {
            AuditResult r = audit(replacing(0,
                    row("1", "1-1.annex.brick-concrete", "附属平房", "砖混结构", "10", "m²", "850", "8500")));
            Finding f = only(r, Severity.ERROR, "price-outside-range");
            assertThat(f.lineRef()).isEqualTo("1");
            assertThat(f.field()).isEqualTo("lines[0].unitPrice");
            assertThat(f.clause()).isEqualTo("一(一) 附属平房 砖混结构");
            assertThat(f.messageZh()).contains("850", "700-800");
            QuoteLine l = engineLine(r, "1");
            assertThat(l.status()).isEqualTo(LineStatus.RANGE);
            assertThat(l.amountMin()).isEqualByComparingTo("7000");
            assertThat(l.amountMax()).isEqualByComparingTo("8000");
        }

        @ParameterizedTest(name = "一(一) 附属平房 砖混结构 700-800 元/m²: 单价 {0} → {1}")
        @DisplayName("一(一) 附属平房 砖混结构 700-800 元/m²:区间两端的内外")
        @CsvSource(delimiter = '|', textBlock = """
                699.99 | 6999.90 | price-outside-range
                700    | 7000    | (无)
                800    | 8000    | (无)
                800.01 | 8000.10 | price-outside-range
                """)
        void rangeEdges(String unitPrice, String amount, String kind) {
            AuditResult r = audit(replacing(0,
                    row("1", "1-1.annex.brick-concrete", "附属平房", "砖混结构", "10", "m²", unitPrice, amount)));
            if (kind.equals("(无)")) {
                assertThat(r.errors() + r.warnings()).isZero();
            } else {
                only(r, Severity.ERROR, kind);
            }
        }

        @Test
        @DisplayName("一(一) 注1 砖混结构报850元/m²并注明评估依据 → 只是警告 overridden,引用一(一)注1")
        void overridden() {
            AuditResult r = audit(replacing(0, withReason(
                    row("1", "1-1.annex.brick-concrete", "附属平房", "砖混结构", "10", "m²", "850", "8500"),
                    "框架加固,现场测算")));
            Finding f = only(r, Severity.WARNING, "overridden");
            assertThat(f.clause()).isEqualTo("一(一) 注1");
            assertThat(f.messageZh()).contains("框架加固,现场测算");
            assertThat(r.errors()).isZero();
        }

        @Test
        @DisplayName("二(一) 核桃树 胸径12cm报240元/株 → tier-mismatch:应属「11cm< 胸径≤15cm」档500元")
        void tierMismatch() {
            AuditResult r = audit(replacing(2,
                    measured(row("3", null, "果树类", "核桃树", "1", "株", "240", "240"), "trunkDiameterCm", "12")));
            Finding f = only(r, Severity.ERROR, "tier-mismatch");
            assertThat(f.field()).isEqualTo("lines[2].unitPrice");
            assertThat(f.clause()).isEqualTo("二(一) 果树类 核桃树");
            assertThat(f.messageZh()).contains("「11cm< 胸径≤15cm」", "应为500元");
            assertThat(engineLine(r, "3").amountMin()).isEqualByComparingTo("500");
        }

        @ParameterizedTest(name = "二(一) 核桃树 胸径 {0}cm 报 {1} 元 → {2}")
        @DisplayName("二(一) 核桃树:各档分界两侧(按解释I-01分界归较低档,按解释I-02 10–11cm、15–16cm归上一档)")
        @CsvSource(delimiter = '|', textBlock = """
                5     | 80  | (无)          |
                5.01  | 80  | tier-mismatch | 5cm< 胸径≤10cm
                10    | 240 | (无)          |
                10.5  | 240 | tier-mismatch | 11cm< 胸径≤15cm
                11    | 500 | (无)          |
                15    | 500 | (无)          |
                15.5  | 500 | tier-mismatch | 16cm< 胸径≤25cm
                25    | 800 | (无)          |
                25.01 | 800 | tier-mismatch | ≥25cm
                """)
        void walnutTierEdges(String cm, String price, String kind, String tier) {
            AuditResult r = audit(replacing(2,
                    measured(row("3", null, "果树类", "核桃树", "1", "株", price, price), "trunkDiameterCm", cm)));
            if (kind.equals("(无)")) {
                assertThat(r.errors() + r.warnings()).isZero();
            } else {
                assertThat(only(r, Severity.ERROR, kind).messageZh()).contains("「" + tier + "」");
            }
        }

        @Test
        @DisplayName("一(一) 附属平房 砖木结构(含混合结构) 700 元/m²:报750元/m² → price-mismatch")
        void priceMismatchFixed() {
            AuditResult r = audit(replacing(1, row("2", "1-1.annex.brick-wood", "附属平房", "砖木结构(含混合结构)",
                    "50", "m²", "750", "37500")));
            Finding f = only(r, Severity.ERROR, "price-mismatch");
            assertThat(f.messageZh()).contains("750", "应为700元");
        }

        @Test
        @DisplayName("二(一) 葡萄 盛果期 400 元/架:报中果期的240元 → price-mismatch")
        void priceMismatchStaged() {
            AuditResult r = audit(replacing(5,
                    staged(row("6", "2-1.grape", "葡萄", null, "10", "架", "240", "2400"), "盛果期")));
            assertThat(only(r, Severity.ERROR, "price-mismatch").messageZh()).contains("应为400元");
        }

        @Test
        @DisplayName("二(一) 核桃树按胸径分档:未填胸径 → missing-measurement,本行不计入引擎报价")
        void missingMeasurement() {
            AuditResult r = audit(replacing(2, row("3", null, "果树类", "核桃树", "1", "株", "500", "500")));
            Finding f = only(r, Severity.ERROR, "missing-measurement");
            assertThat(f.field()).isEqualTo("lines[2].measurements.trunkDiameterCm");
            assertThat(infos(r, "not-in-engine-quote")).extracting(Finding::lineRef).containsExactly("3");
            assertThat(r.engineQuote().lines()).noneMatch(l -> "3".equals(l.ref()));
        }

        @Test
        @DisplayName("二(一) 葡萄只有未挂果、初果期、中果期、盛果期:写「结果期」 → invalid-line,本行不计入引擎报价")
        void invalidLine() {
            AuditResult r = audit(replacing(5,
                    staged(row("6", "2-1.grape", "葡萄", null, "10", "架", "400", "4000"), "结果期")));
            assertThat(only(r, Severity.ERROR, "invalid-line").field()).isEqualTo("lines[5].growthStage");
            assertThat(infos(r, "not-in-engine-quote")).extracting(Finding::lineRef).containsExactly("6");
        }

        @Test
        @DisplayName("一(一) 歇厦、雨搭 按所连接房屋单价的50%:未指明连接的房屋 → missing-measurement")
        void shareNeedsItsLinkedRow() {
            AuditResult r = audit(adding(row("7", null, "歇厦、雨搭", null, "10", "m²", "350", "3500")));
            assertThat(only(r, Severity.ERROR, "missing-measurement").field()).isEqualTo("lines[6].linkedCode");
        }

        @Test
        @DisplayName("一(一) 歇厦、雨搭 连接砖混结构(评估单价750元)的50%为375元/m²:报400元/m² → price-mismatch")
        void shareOfTheLinkedPrice() {
            ReportLine porch = new ReportLine("7", null, "歇厦、雨搭", null, dec("10"), "m²", Map.of(), null,
                    dec("400"), dec("4000"), "1-1.annex.brick-concrete", dec("750"), null, null, null);
            assertThat(only(audit(adding(porch)), Severity.ERROR, "price-mismatch").messageZh()).contains("应为375元");
        }

        @ParameterizedTest(name = "一(一) 砖台阶 50-60 元/m² 有装潢加30%(65-78元): 单价 {0} → {1}")
        @DisplayName("一(一) 室外台阶或楼梯 有装潢的增加20%-40%:砖台阶50-60元/m²加30%为65–78元/m²")
        @CsvSource(delimiter = '|', textBlock = """
                64.99 | price-outside-range
                65    | (无)
                78    | (无)
                78.01 | price-outside-range
                """)
        void decoratedStepsSurcharge(String unitPrice, String kind) {
            BigDecimal amount = dec(unitPrice).multiply(dec("10"));
            ReportLine steps = new ReportLine("7", "1-1.stairs.brick-steps", "室外台阶或楼梯", "砖台阶", dec("10"), "m²",
                    Map.of(), null, dec(unitPrice), amount, null, null, true, dec("30"), null);
            AuditResult r = audit(adding(steps));
            if (kind.equals("(无)")) {
                assertThat(r.errors() + r.warnings()).isZero();
                // 10 m² × 65–78 元: the surcharged row keeps its range in the engine quote
                assertThat(engineLine(r, "7").amountMin()).isEqualByComparingTo("650");
                assertThat(engineLine(r, "7").amountMax()).isEqualByComparingTo("780");
            } else {
                only(r, Severity.ERROR, kind);
            }
        }

        @Test
        @DisplayName("一(一) 附属平房 砖木结构 700 元/m²:50m²×700=35000,报36000 → line-arithmetic")
        void lineArithmetic() {
            AuditResult r = audit(replacing(1, row("2", "1-1.annex.brick-wood", "附属平房", "砖木结构(含混合结构)",
                    "50", "m²", "700", "36000")));
            Finding f = only(r, Severity.ERROR, "line-arithmetic");
            assertThat(f.field()).isEqualTo("lines[1].amount");
            assertThat(f.messageZh()).contains("36000", "35000");
        }

        @ParameterizedTest(name = "解释I-30 0.125m² × 55.5元 = 6.9375 → 6.94;报 {0} → {1}")
        @DisplayName("解释I-30 每行金额四舍五入到分:0.125m²×55.5元=6.9375元,应报6.94元")
        @CsvSource(delimiter = '|', textBlock = """
                6.94 | (无)
                6.93 | line-arithmetic
                """)
        void lineRoundsHalfUpToTheFen(String amount, String kind) {
            AuditResult r = audit(replacing(3, row("4", "1-1.wall.brick", "围墙", "砖围墙", "0.125", "m²", "55.5",
                    amount)));
            if (kind.equals("(无)")) {
                assertThat(r.errors() + r.warnings()).isZero();
            } else {
                only(r, Severity.ERROR, kind);
            }
        }

        @Test
        @DisplayName("一(一) 注1 报告合计84324元,各行与补助之和为84224元,差100元 → total-arithmetic")
        void totalArithmetic() {
            AppraisalReport c = clean();
            AuditResult r = audit(new AppraisalReport(c.firm(), c.reportId(), c.household(), c.lines(), c.subsidies(),
                    dec("84324")));
            Finding f = only(r, Severity.ERROR, "total-arithmetic");
            assertThat(f.field()).isEqualTo("statedTotal");
            assertThat(f.messageZh()).contains("84324", "84224");
            assertThat(r.computedReportTotal()).isEqualByComparingTo("84224");
        }

        @Test
        @DisplayName("一(二) 注 废渠不予补偿:报500元 → not-compensated-priced")
        void notCompensatedPriced() {
            AuditResult r = audit(adding(row("7", null, "废渠", null, "1", "处", "500", "500")));
            Finding f = only(r, Severity.ERROR, "not-compensated-priced");
            assertThat(f.clause()).isEqualTo("一(二) 注 废渠");
        }

        @Test
        @DisplayName("一(二) 村庙首先与村委协商,按评估价执行:报告按20000元计价 → pending-priced")
        void pendingPriced() {
            AuditResult r = audit(adding(row("7", null, "村庙", null, "1", "处", "20000", "20000")));
            Finding f = only(r, Severity.ERROR, "pending-priced");
            assertThat(f.clause()).isEqualTo("一(二) 村庙");
            assertThat(r.engineQuote().pending()).extracting(p -> p.category()).contains("村庙");
        }

        @Test
        @DisplayName("一(一) 围墙 砖围墙:同一道墙20m²×60元列了两次 → duplicate-line 警告")
        void duplicateLine() {
            AuditResult r = audit(adding(row("4b", "1-1.wall.brick", "围墙", "砖围墙", "20", "m²", "60", "1200")));
            Finding f = only(r, Severity.WARNING, "duplicate-line");
            assertThat(f.lineRef()).isEqualTo("4b");
            assertThat(f.messageZh()).contains("「4」");
        }

        @Test
        @DisplayName("三(二) 31m²×6元×24个月=4464元:报4800元 → subsidy-mismatch")
        void subsidyMismatch() {
            AuditResult r = audit(withSubsidies(household(null),
                    new ReportSubsidy("三(一)", null, dec("310")),
                    new ReportSubsidy("三(二)", null, dec("4800")),
                    new ReportSubsidy("一(三)", "P1", dec("1250"))));
            Finding f = only(r, Severity.ERROR, "subsidy-mismatch");
            assertThat(f.lineRef()).isEqualTo("三(二)");
            assertThat(f.field()).isEqualTo("subsidies[1].amount");
            assertThat(f.messageZh()).contains("4800", "4464");
        }

        @Test
        @DisplayName("三(一) 31m²×10元=310元:报告漏列 → subsidy-missing 警告")
        void subsidyDueButMissing() {
            AuditResult r = audit(withSubsidies(household(null),
                    new ReportSubsidy("三(二)", null, dec("4464")),
                    new ReportSubsidy("一(三)", "P1", dec("1250"))));
            Finding f = only(r, Severity.WARNING, "subsidy-missing");
            assertThat(f.lineRef()).isEqualTo("三(一)");
            assertThat(f.messageZh()).contains("310");
        }

        @Test
        @DisplayName("三(三) 未签协议、未付款即列5万元奖励 → subsidy-missing 警告(奖励尚未起算)")
        void incentiveStatedButNotDue() {
            AuditResult r = audit(withSubsidies(household(null),
                    new ReportSubsidy("三(一)", null, dec("310")),
                    new ReportSubsidy("三(二)", null, dec("4464")),
                    new ReportSubsidy("一(三)", "P1", dec("1250")),
                    new ReportSubsidy("三(三)", null, dec("50000"))));
            assertThat(only(r, Severity.WARNING, "subsidy-missing").lineRef()).isEqualTo("三(三)");
        }

        @Test
        @DisplayName("三(三) 2023-07-01签约并付款,07-20搬迁(第19日,30日内)应奖5万元:报3万元 → subsidy-mismatch")
        void incentiveMismatch() {
            Dates d = new Dates(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 20));
            AuditResult r = audit(withSubsidies(household(d),
                    new ReportSubsidy("三(一)", null, dec("310")),
                    new ReportSubsidy("三(二)", null, dec("4464")),
                    new ReportSubsidy("一(三)", "P1", dec("1250")),
                    new ReportSubsidy("三(三)", null, dec("30000"))));
            assertThat(only(r, Severity.ERROR, "subsidy-mismatch").messageZh()).contains("30000", "50000");
        }

        @Test
        @DisplayName("一(三) 20m²养殖场所:搬迁补助300-400元+临时安置300元×3=1200–1300元,报1500元 → subsidy-mismatch")
        void livestockSubsidyMismatch() {
            AuditResult r = audit(withSubsidies(household(null),
                    new ReportSubsidy("三(一)", null, dec("310")),
                    new ReportSubsidy("三(二)", null, dec("4464")),
                    new ReportSubsidy("一(三)", "P1", dec("1500"))));
            Finding f = only(r, Severity.ERROR, "subsidy-mismatch");
            assertThat(f.lineRef()).isEqualTo("一(三) P1");
            assertThat(f.messageZh()).contains("1200-1300");
        }

        @Test
        @DisplayName("一(一) 标准中没有「游泳池」 → unmatched-row,本行不计入引擎报价")
        void unmatchedRow() {
            AuditResult r = audit(adding(row("7", null, "游泳池", null, "30", "m²", "100", "3000")));
            Finding f = only(r, Severity.ERROR, "unmatched-row");
            assertThat(f.clause()).isNull();
            assertThat(f.messageZh()).contains("游泳池");
            assertThat(infos(r, "not-in-engine-quote")).extracting(Finding::lineRef).containsExactly("7");
        }

        @Test
        @DisplayName("一(一) 未知编码「1-1.pool」 → unmatched-row")
        void unknownCode() {
            AuditResult r = audit(adding(row("7", "1-1.pool", null, null, "30", "m²", "100", "3000")));
            assertThat(only(r, Severity.ERROR, "unmatched-row").field()).isEqualTo("lines[6].code");
        }

        @Test
        @DisplayName("一(一) 编码为砖围墙、文字写「土围墙」 → text-mismatch 警告,按编码核对(60元在砖围墙50-70元之内)")
        void textMismatch() {
            AuditResult r = audit(replacing(3, row("4", "1-1.wall.brick", "围墙", "土围墙", "20", "m²", "60", "1200")));
            Finding f = only(r, Severity.WARNING, "text-mismatch");
            assertThat(f.field()).isEqualTo("lines[3].spec");
            assertThat(f.messageZh()).contains("围墙 砖围墙", "土围墙");
        }

        @Test
        @DisplayName("一(一) 房屋面积置换 正房 1:1:按货币计价 → area-swap-priced")
        void areaSwapPriced() {
            AuditResult r = audit(adding(row("7", "1-1.swap.main-house", "房屋面积置换", "正房", "80", "m²", "1000",
                    "80000")));
            Finding f = only(r, Severity.ERROR, "area-swap-priced");
            assertThat(f.clause()).isEqualTo("一(一) 房屋面积置换 正房");
        }
    }

    // ---- reports that cannot be audited, and household errors -----------------------------------------------------

    @Nested
    @DisplayName("一(一) 注1 无法复核的报告与住户信息错误")
    class Unusable {

        static List<String> fields(AppraisalReport r) {
            try {
                AUDITOR.audit(r);
                throw new AssertionError("expected the report to be refused");
            } catch (InvalidInventoryException e) {
                return e.violations().stream().map(Violation::field).toList();
            }
        }

        @Test
        @DisplayName("一(一) 注1 没有报告、没有住户、没有住户编号、既无清单行也无补助:拒绝并指明字段")
        void refused() {
            assertThat(fields(null)).containsExactly("$");
            assertThat(fields(new AppraisalReport("f", "r", null, cleanLines(), null, null)))
                    .containsExactly("household");
            Household noId = new Household(" ", null, null, null, null, null, null, null, null, null);
            assertThat(fields(new AppraisalReport("f", "r", noId, null, null, null)))
                    .containsExactly("household.id", "lines");
            assertThatThrownBy(() -> AUDITOR.audit(null)).isInstanceOf(InvalidInventoryException.class);
        }

        @Test
        @DisplayName("三(二) 非唯一住房却批准延期 → invalid-household,无引擎报价,补助不核对")
        void invalidHousehold() {
            Household h = new Household("H-001", "王某", "堡子村", false, true, dec("31"), null, null, null, null);
            AuditResult r = audit(report(cleanLines(), List.of(), h));
            assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.INFO)
                    .extracting(Finding::kind, Finding::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("invalid-household",
                            "household.hardshipExtensionApproved"));
            assertThat(r.engineQuote()).isNull();
        }
    }
}
