package cn.wenshui.compensation.quote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.scenario.ScenarioAccess;
import cn.wenshui.compensation.testing.Quotes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The 补偿明细表 is signed by the household: every explanation on it must read as plain Chinese that a household, a
 * village cadre or a court can follow without this project's documents.
 */
@DisplayName("报价说明:住户看得懂——分档写成文字,注文照印,引用的解释逐条附在报价单上")
class ExplanationWordsTest {

    private static QuoteLine only(ItemInput in) {
        return Quotes.line(in);
    }

    private static List<String> texts(Quote q) {
        List<String> t = new ArrayList<>(q.notices());
        q.lines().forEach(l -> t.add(l.explanation()));
        q.areaSwaps().forEach(s -> t.add(s.explanation()));
        q.pending().forEach(p -> t.add(p.reason()));
        if (q.incentive() != null) {
            t.add(q.incentive().explanation());
        }
        return t;
    }

    @Test
    @DisplayName("情景集的每一张报价单:说明中没有区间记号(∞、「(1.2, 1.5]」)、没有「注注」、没有「334.0元」式的小数残余")
    void noNotationNoDoubledNoteNoFloatResidue() {
        int seen = 0;
        for (var h : ScenarioAccess.households()) {
            Quote q;
            try {
                q = Quotes.ENGINE.quote(h);
            } catch (InvalidInventoryException refused) {
                continue; // scenarios of bad input
            }
            for (String t : texts(q)) {
                seen++;
                assertThat(t).as(h.id()).doesNotContain("∞").doesNotContain("注注")
                        .doesNotContainPattern("[\\[(]-?[0-9.]+, ?[0-9.∞]+[\\])]")
                        .doesNotContainPattern("[0-9]\\.0元").doesNotContainPattern("满0(cm|厘米)");
            }
        }
        assertThat(seen).isGreaterThan(50);
    }

    @Test
    @DisplayName("每行说明中提到的解释(I-xx)都列在该行的 interpretations 中:情景集与基准住户的每一行,在每种读法组合下")
    void aLineNamesOnlyWhatItCites() {
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("I-\\d{2}");
        List<QuoteEngine> engines = new ArrayList<>();
        engines.add(Quotes.ENGINE);
        cn.wenshui.compensation.readings.Readings.switches().forEach((key, options) ->
                options.forEach(o -> engines.add(Quotes.engine(key, o))));
        int lines = 0;
        for (QuoteEngine engine : engines) {
            for (var h : ScenarioAccess.households()) {
                Quote q;
                try {
                    q = engine.quote(h);
                } catch (InvalidInventoryException refused) {
                    continue;
                }
                for (QuoteLine l : q.lines()) {
                    lines++;
                    java.util.regex.Matcher m = id.matcher(l.explanation());
                    while (m.find()) {
                        assertThat(l.interpretations()).as("%s: %s", l.code(), l.explanation()).contains(m.group());
                    }
                }
            }
        }
        assertThat(lines).isGreaterThan(1000);
    }

    @Test
    @DisplayName("一(一) 菜窖「深 1.2m 以下」:深1.2米写作「深度1.2米及以下」(解释I-01),不写 (-∞, 1.2]")
    void cellarBoundInWords() {
        QuoteLine l = only(ItemInput.of("1-1.cellar.brick-stone", "6").withMeasurement("depthM", "1.2"));
        assertThat(l.explanation()).contains("深度1.2米", "深度1.2米及以下").doesNotContain("∞");
        Quotes.assertAmount(l, "540"); // 90 元/m² × 6 m²
    }

    @Test
    @DisplayName("二(一) 核桃树 胸径10.5cm 落在印刷空档:写作「胸径超过10厘米、不超过15厘米」(解释I-02)")
    void fruitGapInWords() {
        QuoteLine l = only(ItemInput.of("2-1.fruit.walnut", "1").withMeasurement("trunkDiameterCm", "10.5"));
        assertThat(l.explanation()).contains("胸径10.5厘米", "有空档", "胸径超过10厘米、不超过15厘米");
        Quotes.assertAmount(l, "500");
    }

    @Test
    @DisplayName("一(二) 注:废弃枯井不予补偿——写作「按一(二) 注:废弃枯井不予补偿」,不是「一(二) 注注:」")
    void noteNotDoubled() {
        QuoteLine l = only(ItemInput.of("1-2.abandoned-well", "1"));
        assertThat(l.explanation()).isEqualTo("按一(二) 注:废弃枯井不予补偿");
    }

    @Test
    @DisplayName("三(二) 31m² 每月186元低于「面积30平方米及以下」一档的200元:注明断崖(解释I-09),不写「少于30m²及以下」")
    void settlementCliffWorded() {
        Quote q = Quotes.quote(Quotes.household(new BigDecimal("31"), null, List.of(), List.of(), null));
        QuoteLine settlement = q.lines().stream().filter(l -> l.code().equals("3-2.settlement")).findFirst()
                .orElseThrow();
        assertThat(settlement.explanation()).contains("面积30平方米及以下", "186", "200", "I-09")
                .doesNotContain("少于30m²及以下");
        Quotes.assertAmount(settlement, "4464"); // 6 元/m² × 31 m² = 186 元/月 × 24
    }

    @Test
    @DisplayName("一(三) 搬迁补助「≤30m² 300-400 元/处, >30m² 每平方米 7 元」:57m² 得399元,在300-400之内,不是断崖,不注明")
    void noCliffInsideTheFlatRange() {
        Quote q = Quotes.quote(Quotes.household(null, null, List.of(),
                List.of(new LivestockPremises("处1", "羊圈", new BigDecimal("57"))), null));
        QuoteLine moving = q.lines().stream().filter(l -> l.code().equals("1-3.moving-subsidy")).findFirst()
                .orElseThrow();
        assertThat(moving.explanation()).doesNotContain("注意").doesNotContain("I-09");
        assertThat(moving.interpretations()).doesNotContain("I-09");
        Quotes.assertAmount(moving, "399");
        Quote small = Quotes.quote(Quotes.household(null, null, List.of(),
                List.of(new LivestockPremises("处1", "羊圈", new BigDecimal("35"))), null));
        QuoteLine cliff = small.lines().stream().filter(l -> l.code().equals("1-3.moving-subsidy")).findFirst()
                .orElseThrow();
        assertThat(cliff.explanation()).contains("面积30平方米及以下", "I-09");
        Quotes.assertAmount(cliff, "245"); // 7 × 35, below the 300 of 30 m² and under
    }

    @Test
    @DisplayName("一(三) 每月临时安置补助「<30m² 300 元/处, >30m² 4 元/m²」:83.5m² 每月334元(不写334.0),低于「面积不足30平方米」一档")
    void livestockSettlementWorded() {
        Quote q = Quotes.quote(Quotes.household(null, null, List.of(),
                List.of(new LivestockPremises("处1", "牛舍", new BigDecimal("40"))), null));
        QuoteLine s = q.lines().stream().filter(l -> l.code().equals("1-3.settlement")).findFirst().orElseThrow();
        assertThat(s.explanation()).contains("面积不足30平方米", "160元/月");
        Quote big = Quotes.quote(Quotes.household(null, null, List.of(),
                List.of(new LivestockPremises("处1", "牛舍", new BigDecimal("83.5"))), null));
        QuoteLine b = big.lines().stream().filter(l -> l.code().equals("1-3.settlement")).findFirst().orElseThrow();
        assertThat(b.explanation()).contains("334元/月").doesNotContain("334.0");
        Quotes.assertAmount(b, "1002"); // 4 × 83.5 = 334 元/月 × 3
    }

    @Test
    @DisplayName("一(一) 内装潢「100-200 元 /m」:按解释I-12以平方米计,说明里写明")
    void perMetrePrintedSaidInWords() {
        QuoteLine l = only(ItemInput.of("1-1.decoration.simple", "20"));
        assertThat(l.explanation()).contains("标准印作「元/m」,按解释I-12以平方米计");
        assertThat(l.unit()).isEqualTo("m²");
    }

    @Test
    @DisplayName("一(一) 机井 备注「设备补偿另算」:井按米计价,设备另列待评估事项")
    void wellEquipmentPending() {
        Quote q = Quotes.quote(Quotes.household(ItemInput.of("1-1.well.cement-pipe", "30")));
        assertThat(q.lines().get(0).explanation()).contains("设备补偿另算");
        Quotes.assertAmount(q.lines().get(0), "18000"); // 600 元/m.深 × 30
        assertThat(q.pending()).singleElement().satisfies(p -> {
            assertThat(p.reason()).contains("设备补偿另算");
            assertThat(p.modeZh()).isEqualTo("按评估价");
        });
        assertThat(q.isAwaitingDecisions()).isTrue();
        assertThat(q.isSummedLinesExact()).isTrue();
        assertThat(q.isSettled()).isFalse();
    }

    @Test
    @DisplayName("一(一) 家用采暖锅炉 备注「包含搬迁费和补助费」、一(三) 注1「以上补偿价格包含水、暖、电等一切设施在内」写在报价行上")
    void remarksThatChangeWhatIsPaid() {
        QuoteLine boiler = only(ItemInput.of("1-1.heating-boiler", "1").withMeasurement("heatedAreaM2", "120"));
        assertThat(boiler.explanation()).contains("包含搬迁费和补助费");
        Quotes.assertAmount(boiler, "2650");
        QuoteLine coop = only(ItemInput.of("1-3.chicken-coop.earth", "1"));
        assertThat(coop.explanation()).contains("一(三) 注1", "包含水、暖、电等一切设施在内");
        Quotes.assertAmount(coop, "30");
    }

    @Test
    @DisplayName("木材树加价(解释I-06):杨树胸径25.5cm 超过最高档不足1厘米,不写「满0cm,加0元」")
    void noEmptyTimberClause() {
        QuoteLine l = only(ItemInput.of("2-2.timber.poplar", "1").withMeasurement("trunkDiameterCm", "25.5"));
        assertThat(l.explanation()).doesNotContain("满0").doesNotContain("加0元");
        Quotes.assertAmount(l, "240");
        QuoteLine more = only(ItemInput.of("2-2.timber.poplar", "1").withMeasurement("trunkDiameterCm", "28"));
        assertThat(more.explanation()).contains("胸径超过25厘米的部分满3厘米,每厘米加10元,共加30元");
        Quotes.assertAmount(more, "270"); // 240 + 3 × 10
    }

    @Test
    @DisplayName("报价单引用的每条解释都附在报价单上:编号、标题、所用读法、一句说明(〔解释 I-02〕不悬空)")
    void citedInterpretationsExplained() {
        Quote q = Quotes.quote(Quotes.household(new BigDecimal("31"), null,
                List.of(ItemInput.of("2-1.fruit.walnut", "1").withMeasurement("trunkDiameterCm", "10.5")), List.of(),
                new Dates(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 5), LocalDate.of(2023, 8, 4))));
        List<String> ids = q.interpretationsCited().stream().map(CitedInterpretation::id).toList();
        assertThat(ids).contains("I-02", "I-09", "I-10", "I-11", "I-28").isSorted();
        for (String t : texts(q)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("I-\\d{2}").matcher(t);
            while (m.find()) {
                assertThat(ids).as("cited in 「%s」", t).contains(m.group());
            }
        }
        q.lines().forEach(l -> assertThat(ids).containsAll(l.interpretations()));
        CitedInterpretation gap = q.interpretationsCited().stream().filter(c -> c.id().equals("I-02")).findFirst()
                .orElseThrow();
        assertThat(gap.title()).isEqualTo("果树胸径空档");
        assertThat(gap.reading()).isEqualTo("JOIN_UPPER");
        assertThat(gap.summary()).isNotBlank();
        assertThat(q.isSettled()).as("moved out on day 30, nothing pending, no range: settled").isTrue();
    }

    @Test
    @DisplayName("「金额已确定」不等于「已结清」:有区间行时 summedLinesExact 为假;有待定事项或奖励未定时 settled 为假")
    void exactIsNotSettled() {
        Quote range = Quotes.quote(Quotes.household(ItemInput.of("1-1.annex.brick-concrete", "10")));
        assertThat(range.isSummedLinesExact()).isFalse();
        assertThat(range.isSettled()).isFalse();
        Quote noDates = Quotes.quote(Quotes.household(ItemInput.of("1-1.annex.brick-wood", "10")));
        assertThat(noDates.isSummedLinesExact()).isTrue();
        assertThat(noDates.isAwaitingDecisions()).isFalse();
        assertThat(noDates.isSettled()).as("the incentive is not decided yet").isFalse();
    }
}
