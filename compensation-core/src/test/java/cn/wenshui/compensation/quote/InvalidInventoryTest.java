package cn.wenshui.compensation.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.household.MainHouse;
import cn.wenshui.compensation.schedule.Measure;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.TierResolver;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import cn.wenshui.compensation.testing.Quotes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An inventory the regulation cannot price is refused as a whole with a typed {@link InvalidInventoryException}:
 * each {@link Violation} names the field (a JSON path such as {@code items[0].quantity}), the rule broken (a stable
 * code) and says why in Chinese and English. Bad input never escapes as an unchecked exception, and every violation
 * is reported, not just the first.
 */
@DisplayName("无效清单:错误输入整户拒绝,抛出 InvalidInventoryException,逐条指明字段、规则与中英文说明")
class InvalidInventoryTest {

    // Rows used below, found by code; the words in the comments are the printed 种类 / 规格.
    private static final String BRICK_WOOD = "1-1.annex.brick-wood";          // 附属平房 砖木结构(含混合结构) 700 元/m²
    private static final String BRICK_CONCRETE = "1-1.annex.brick-concrete";  // 附属平房 砖混结构 700-800 元/m²
    private static final String CELLAR = "1-1.cellar.brick-stone";            // 菜窖 砖石, by depth
    private static final String STEEL_WELL = "1-1.well.steel-pipe";           // 机井 钢管机井≤200 米 1100 元/m.深
    private static final String BRICK_STEPS = "1-1.stairs.brick-steps";       // 室外台阶或楼梯 砖台阶 50-60 元/m²
    private static final String PORCH = "1-1.porch-canopy";                   // 歇厦、雨搭 链接房屋的 50%
    private static final String SHED = "1-3.livestock-shed";                  // 一(三) 注2 杂棚, by 柱头高
    private static final String FOUNDATION = "1-1.foundation.unfinished-brick"; // 基础 未竣工砖房基础, by 出地高度
    private static final String GRAPE = "2-1.grape";                          // 葡萄, by 生长阶段
    private static final String WALNUT = "2-1.fruit.walnut";                  // 核桃树, by 胸径
    private static final String BASEMENT = "1-1.basement";                    // 一(一) 注3 地下室 按评估金额
    private static final String PHONE = "1-1.utility.telephone";              // 日用设施 电话 200 元/部
    private static final String CABLE_TV = "1-1.utility.cable-tv";            // 日用设施 有线闭路电视 550 元/户
    private static final String WATER_METER = "1-1.utility.water-meter";      // 日用设施 自来水表 800 元/户
    private static final String THREE_PHASE = "1-1.three-phase-power";        // 三项动力线路 5000 元/户
    private static final String DRY_WELL = "1-2.abandoned-well";               // 一(二) 注 废弃枯井 不予补偿

    // ---- building blocks ----------------------------------------------------------------------------------------

    /** An inventory line with code and quantity only (either may be null). */
    private static ItemInput line(String code, String quantity) {
        return new ItemInput(null, code, quantity == null ? null : new BigDecimal(quantity), null, null, null, null,
                null, null, null, null, null);
    }

    private static Household withLines(ItemInput... items) {
        return Quotes.household(items);
    }

    private static Household household(String id, Boolean sole, Boolean hardship, BigDecimal area, MainHouse main,
                                       List<LivestockPremises> premises, Dates dates) {
        return new Household(id, "测试户", "堡子村", sole, hardship, area, main,
                List.of(line(BRICK_WOOD, "10")), premises, dates);
    }

    private static Household withId(String id) {
        return household(id, false, false, null, null, List.of(), null);
    }

    private static Household withDates(String signed, String paid, String movedOut) {
        return household("T-1", false, false, null, null, List.of(), new Dates(date(signed), date(paid),
                date(movedOut)));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Arguments bad(String name, Household h, String field, String rule) {
        return bad(name, Quotes.ENGINE, h, field, rule);
    }

    private static Arguments bad(String name, QuoteEngine engine, Household h, String field, String rule) {
        return Arguments.of(name, Named.of(engine.readings().machineWellBeyond200m().name(), engine), h, field, rule);
    }

    /** Quotes and returns the exception; fails if a quote, or any other throwable, comes back instead. */
    private static InvalidInventoryException refusal(QuoteEngine engine, Household h) {
        Quote[] quoted = new Quote[1];
        Throwable t = catchThrowable(() -> quoted[0] = engine.quote(h));
        if (t == null) {
            fail("expected InvalidInventoryException, but a quote came back: lines %s, total %s–%s",
                    quoted[0].lines().stream().map(l -> l.code() + "=" + l.amountMin()).toList(),
                    quoted[0].totalMin(), quoted[0].totalMax());
        }
        assertThat(t).as("quoting must be refused with the typed exception, never an unchecked one")
                .isInstanceOf(InvalidInventoryException.class);
        return (InvalidInventoryException) t;
    }

    private static void assertWellWorded(List<Violation> violations) {
        assertThat(violations).isNotEmpty().allSatisfy(v -> {
            assertThat(v.field()).as("field").isNotBlank();
            assertThat(v.rule()).as("rule of %s", v.field()).matches("[a-z0-9-]+");
            assertThat(v.messageZh()).as("Chinese message of %s", v.field()).isNotBlank()
                    .containsPattern("\\p{IsHan}");
            assertThat(v.messageEn()).as("English message of %s", v.field()).isNotBlank()
                    .containsPattern("[A-Za-z]{3,}");
        });
    }

    // ---- the table ----------------------------------------------------------------------------------------------

    static Stream<Arguments> badInventories() {
        QuoteEngine marginal = Quotes.engine("machine-well-beyond-200m", "MARGINAL");
        return Stream.of(
                // 数量 (quantity): in the row's unit, greater than 0, at most 1,000,000, at most 4 decimals
                bad("数量为负:附属平房 -1 m²", withLines(line(BRICK_WOOD, "-1")),
                        "items[0].quantity", "must-be-positive"),
                bad("数量为0:附属平房 0 m²", withLines(line(BRICK_WOOD, "0")),
                        "items[0].quantity", "must-be-positive"),
                bad("数量荒谬:附属平房 1000000.01 m²(上限1000000)", withLines(line(BRICK_WOOD, "1000000.01")),
                        "items[0].quantity", "absurd-value"),
                bad("数量荒谬:附属平房 1000001 m²", withLines(line(BRICK_WOOD, "1000001")),
                        "items[0].quantity", "absurd-value"),
                bad("缺少数量:附属平房", withLines(line(BRICK_WOOD, null)),
                        "items[0].quantity", "required"),
                bad("数量小数过多:附属平房 1.23456 m²(最多4位)", withLines(line(BRICK_WOOD, "1.23456")),
                        "items[0].quantity", "too-many-decimals"),
                bad("第二行缺少数量:路径为 items[1]", withLines(line(BRICK_WOOD, "10"), line(BRICK_CONCRETE, null)),
                        "items[1].quantity", "required"),
                bad("待定事项的数量也须大于0:一(一)注3 地下室 -5 m²", withLines(line(BASEMENT, "-5")),
                        "items[0].quantity", "must-be-positive"),

                // 计件单位 (counted units: 株, 个, 口, 户, 盘, 间, 处, 部, 台, 架, 套, 全套) take whole quantities
                bad("核桃树按株计:2.5株不是数量", withLines(line(WALNUT, "2.5").withMeasurement("trunkDiameterCm", "12")),
                        "items[0].quantity", "whole-count-required"),
                bad("电话按部计:1.7部不是数量", withLines(line(PHONE, "1.7")),
                        "items[0].quantity", "whole-count-required"),
                bad("废弃窑洞按间计:0.5间不是数量", withLines(line("1-1.cave.abandoned", "0.5")),
                        "items[0].quantity", "whole-count-required"),
                bad("葡萄按架计:3.2架不是数量", withLines(line(GRAPE, "3.2").withStage("盛果期")),
                        "items[0].quantity", "whole-count-required"),
                bad("不予补偿行按件计也须为整数:一(二)注 废弃枯井 1.5处", withLines(line(DRY_WELL, "1.5")),
                        "items[0].quantity", "whole-count-required"),

                // 元/户 (有线闭路电视、自来水表、三项动力线路) is paid once per household
                bad("三项动力线路 5000元/户:每户一次,数量3拒绝", withLines(line(THREE_PHASE, "3")),
                        "items[0].quantity", "once-per-household"),
                bad("自来水表 800元/户:每户一次,数量2拒绝", withLines(line(WATER_METER, "2")),
                        "items[0].quantity", "once-per-household"),
                bad("有线闭路电视 550元/户:第二行同一项拒绝", withLines(line(CABLE_TV, "1"), line(BRICK_WOOD, "10"),
                        line(CABLE_TV, "1")), "items[2].code", "once-per-household"),

                // 测量值 (measurements): required by the row, greater than 0, at most the measure's bound
                bad("缺少测量值:菜窖按深度分档,未填 depthM", withLines(line(CELLAR, "10")),
                        "items[0].measurements.depthM", "measurement-required"),
                bad("测量值为负:菜窖深 -1.5 m", withLines(line(CELLAR, "10").withMeasurement("depthM", "-1.5")),
                        "items[0].measurements.depthM", "must-be-positive"),
                bad("测量值为0:菜窖深 0 m", withLines(line(CELLAR, "10").withMeasurement("depthM", "0")),
                        "items[0].measurements.depthM", "must-be-positive"),
                bad("测量值荒谬:菜窖深 2000.01 m(深度上限2000 m)",
                        withLines(line(CELLAR, "10").withMeasurement("depthM", "2000.01")),
                        "items[0].measurements.depthM", "absurd-value"),
                bad("测量值小数过多:菜窖深 1.23456 m",
                        withLines(line(CELLAR, "10").withMeasurement("depthM", "1.23456")),
                        "items[0].measurements.depthM", "too-many-decimals"),
                bad("测量值为0:核桃树胸径 0 cm", withLines(line(WALNUT, "3").withMeasurement("trunkDiameterCm", "0")),
                        "items[0].measurements.trunkDiameterCm", "must-be-positive"),
                bad("未知测量项:菜窖填了 depthCm(应为 depthM)",
                        withLines(line(CELLAR, "10").withMeasurement("depthM", "1.5").withMeasurement("depthCm", "150")),
                        "items[0].measurements.depthCm", "unknown-measurement"),
                bad("一(三)注2 杂棚缺少柱头高 columnHeightM", withLines(line(SHED, "20")),
                        "items[0].measurements.columnHeightM", "measurement-required"),
                bad("一(一) 未竣工砖房基础缺少出地高度 heightM(不达1米按比例折算)", withLines(line(FOUNDATION, "20")),
                        "items[0].measurements.heightM", "measurement-required"),

                // 编码 (code)
                bad("未知编码:1-1.annex.marble", withLines(line("1-1.annex.marble", "10")),
                        "items[0].code", "unknown-code"),
                bad("缺少编码", withLines(line(null, "10")),
                        "items[0].code", "required"),
                bad("编码为空白", withLines(line("  ", "10")),
                        "items[0].code", "required"),
                bad("一(一) 房屋面积置换不作清单行(由正房信息计算)", withLines(line("1-1.swap.main-house", "100")),
                        "items[0].code", "area-swap-not-an-item"),

                // 一(一) 注1 评估单价 (appraised unit price, I-23)
                bad("一(一)注1 评估单价900超出砖混结构700-800且无评估依据",
                        withLines(line(BRICK_CONCRETE, "10").withAppraisal("900", null)),
                        "items[0].appraisedUnitPrice", "price-outside-range"),
                bad("一(一)注1 评估单价650低于砖混结构700且依据为空白",
                        withLines(line(BRICK_CONCRETE, "10").withAppraisal("650", "  ")),
                        "items[0].appraisedUnitPrice", "price-outside-range"),
                bad("填写了评估依据却没有评估单价",
                        withLines(line(BRICK_CONCRETE, "10").withAppraisal(null, "评估报告第12号")),
                        "items[0].overrideReason", "reason-without-price"),
                bad("评估单价为0", withLines(line(BRICK_CONCRETE, "10").withAppraisal("0", "评估报告第12号")),
                        "items[0].appraisedUnitPrice", "must-be-positive"),
                bad("评估单价为负", withLines(line(BRICK_CONCRETE, "10").withAppraisal("-750", null)),
                        "items[0].appraisedUnitPrice", "must-be-positive"),
                bad("评估单价荒谬:100000000.01 元(上限1亿)",
                        withLines(line(BRICK_CONCRETE, "10").withAppraisal("100000000.01", "评估报告第12号")),
                        "items[0].appraisedUnitPrice", "absurd-value"),
                bad("一(一)注1 评估价覆盖只适用于一(一):院外 杂棚 30-40 评估45元 即使注明依据也拒绝",
                        withLines(line("1-2.shed", "10").withAppraisal("45", "评估报告第12号")),
                        "items[0].appraisedUnitPrice", "override-not-allowed"),
                bad("按解释I-07另一读法MARGINAL:250米钢管机井无单一单价,不接受评估单价", marginal,
                        withLines(line(STEEL_WELL, "250").withAppraisal("1200", null)),
                        "items[0].appraisedUnitPrice", "no-unit-price"),
                bad("一(一)注3 地下室按评估金额,本标准不定单价,不接受评估单价",
                        withLines(line(BASEMENT, "30").withAppraisal("1000", null)),
                        "items[0].appraisedUnitPrice", "no-price-for-pending-item"),

                // 清单行编号 (refs)
                bad("清单行编号重复:两行都是 A",
                        withLines(line(BRICK_WOOD, "10").withRef("A"), line(BRICK_CONCRETE, "5").withRef("A")),
                        "items[1].ref", "duplicate-ref"),

                // 住户信息 (household facts)
                bad("缺少住户编号(null)", withId(null), "id", "required"),
                bad("住户编号为空白", withId("   "), "id", "required"),
                bad("住户编号超过64个字符", withId("H".repeat(65)), "id", "too-long"),
                bad("户主姓名超过200个字符", new Household("T-1", "张".repeat(201), "堡子村", false, false, null, null,
                        List.of(line(BRICK_WOOD, "10")), List.of(), null), "headOfHousehold", "too-long"),
                bad("三(二) 延长24个月临时安置补助,但不是唯一住房",
                        household("T-1", false, true, new BigDecimal("80"), null, List.of(), null),
                        "hardshipExtensionApproved", "hardship-requires-sole-dwelling"),
                bad("三(二) 延长24个月临时安置补助,唯一住房未填写(null)",
                        household("T-1", null, true, new BigDecimal("80"), null, List.of(), null),
                        "hardshipExtensionApproved", "hardship-requires-sole-dwelling"),
                bad("三(一)(二) 被拆迁房屋建筑面积为负", household("T-1", false, false, new BigDecimal("-80"), null,
                        List.of(), null), "demolishedBuildingAreaM2", "must-be-positive"),
                bad("三(一)(二) 被拆迁房屋建筑面积荒谬:100000.01 m²", household("T-1", false, false,
                        new BigDecimal("100000.01"), null, List.of(), null), "demolishedBuildingAreaM2",
                        "absurd-value"),

                // 三(三) 日期 (dates)
                // (a move-out before signing and payment is no longer refused: 解释I-32, section.S3IncentiveDatesTest)
                bad("签订协议日期为+999999999-12-31(荒谬日期,曾致500)", withDates("+999999999-12-31", "2023-07-05", null),
                        "dates.agreementSigned", "date-out-of-range"),
                bad("支付补偿款日期为+999999999-12-31", withDates("2023-07-01", "+999999999-12-31", "2023-07-20"),
                        "dates.compensationPaid", "date-out-of-range"),
                bad("签订协议日期为1900年", withDates("1900-07-01", "2023-07-05", null),
                        "dates.agreementSigned", "date-out-of-range"),
                bad("支付补偿款日期为1900年", withDates("2023-07-01", "1900-07-05", null),
                        "dates.compensationPaid", "date-out-of-range"),
                bad("搬迁日期为2101年", withDates("2023-07-01", "2023-07-05", "2101-01-01"),
                        "dates.movedOut", "date-out-of-range"),

                // 一(三) 养殖场所 (livestock premises, I-21)
                bad("一(三) 养殖场所未填面积", household("T-1", false, false, null, null,
                        List.of(new LivestockPremises("处1", "牛舍", null)), null),
                        "livestockPremises[0].areaM2", "required"),
                bad("一(三) 第二处养殖场所面积为0", household("T-1", false, false, null, null,
                        List.of(new LivestockPremises("处1", "牛舍", new BigDecimal("40")),
                                new LivestockPremises("处2", "鸡舍", BigDecimal.ZERO)), null),
                        "livestockPremises[1].areaM2", "must-be-positive"),

                // 一(一) 房屋面积置换 正房 (main house, I-19)
                bad("一(一) 宅基地置换:有宅基地证面积却没有正房占地面积",
                        household("T-1", false, false, null, new MainHouse(new BigDecimal("120"), null,
                                new BigDecimal("300")), List.of(), null),
                        "mainHouse.footprintM2", "required"),
                bad("一(一) 正房既无实测面积也无宅基地证面积",
                        household("T-1", false, false, null, new MainHouse(null, new BigDecimal("120"), null),
                                List.of(), null),
                        "mainHouse.measuredAreaM2", "required"),
                bad("一(一) 正房实测面积为负",
                        household("T-1", false, false, null, new MainHouse(new BigDecimal("-120"), null, null),
                                List.of(), null),
                        "mainHouse.measuredAreaM2", "must-be-positive"),

                // 一(一) 室外台阶或楼梯 有装潢 (surcharge, I-17)
                bad("附属平房没有装潢加价规定,却填了有装潢",
                        withLines(line(BRICK_WOOD, "10").withDecoration(null)),
                        "items[0].decorated", "no-surcharge-rule"),
                bad("附属平房没有装潢加价规定,却填了加价30%",
                        withLines(line(BRICK_WOOD, "10").withDecoration("30")),
                        "items[0].decorated", "no-surcharge-rule"),
                bad("砖台阶装潢加价45%,超出20%-40%", withLines(line(BRICK_STEPS, "6").withDecoration("45")),
                        "items[0].surchargePercent", "surcharge-outside-range"),
                bad("砖台阶装潢加价19%,低于20%-40%", withLines(line(BRICK_STEPS, "6").withDecoration("19")),
                        "items[0].surchargePercent", "surcharge-outside-range"),

                // 一(一) 歇厦、雨搭 按链接房屋单位面积补偿标准的50% (I-18)
                bad("歇厦、雨搭未指明所连接的房屋", withLines(line(PORCH, "12")),
                        "items[0].linkedCode", "linked-item-required"),
                bad("歇厦、雨搭连接砖围墙(围墙不是房屋)",
                        withLines(line(PORCH, "12").withLink("1-1.wall.brick", null)),
                        "items[0].linkedCode", "linked-item-not-linkable"),
                bad("歇厦、雨搭连接废弃窑洞(按间计价,不按m²)",
                        withLines(line(PORCH, "12").withLink("1-1.cave.abandoned", null)),
                        "items[0].linkedCode", "linked-item-not-linkable"),
                bad("歇厦、雨搭连接不存在的编码",
                        withLines(line(PORCH, "12").withLink("1-1.annex.marble", null)),
                        "items[0].linkedCode", "linked-item-not-linkable"),
                bad("歇厦、雨搭连接砖混结构(700-800),所连接房屋单价填900",
                        withLines(line(PORCH, "12").withLink(BRICK_CONCRETE, "900")),
                        "items[0].linkedUnitPrice", "price-outside-range"),

                // 二(一) 葡萄 生长阶段 (growth stage)
                bad("二(一) 葡萄未填生长阶段", withLines(line(GRAPE, "5")),
                        "items[0].growthStage", "growth-stage-required"),
                bad("二(一) 葡萄生长阶段「结果期」不在标准中(未挂果、初果期、中果期、盛果期)",
                        withLines(line(GRAPE, "5").withStage("结果期")),
                        "items[0].growthStage", "unknown-growth-stage"));
    }

    @ParameterizedTest(name = "{0}(解释I-07={1})→ {3} {4}")
    @MethodSource("badInventories")
    @DisplayName("错误输入得到 InvalidInventoryException:违规项指明字段与规则,中英文说明不为空")
    void badInputIsRefusedWithTheFieldAndRule(String name, QuoteEngine engine, Household h, String field,
                                              String rule) {
        InvalidInventoryException e = refusal(engine, h);
        assertThat(e.violations()).as(name).extracting(Violation::field, Violation::rule)
                .contains(tuple(field, rule));
        assertWellWorded(e.violations());
        assertThat(e.getMessage()).contains(field).contains(rule);
    }

    @ParameterizedTest(name = "{0} {1}(按 {2}={3})")
    @CsvSource(delimiter = '|', textBlock = """
            3-1.moving-subsidy  | 三(一) 拆迁房屋搬迁补助            | areaM2 | 50
            3-2.settlement      | 三(二) 临时安置补助                | areaM2 | 50
            3-3.incentive       | 三(三) 主动搬迁奖励                | days   | 5
            1-3.moving-subsidy  | 一(三) 搬迁补助                    | areaM2 | 50
            1-3.settlement      | 一(三) 每月临时安置补助            | areaM2 | 50
            """)
    @DisplayName("三(一)(二)(三)、一(三)补助与奖励由住户信息计算(解释I-21、I-28),不作清单行:列入清单即拒绝,防止重复计发")
    void computedRowsAreNotInventoryLines(String code, String printedName, String measure, String value) {
        Household h = new Household("T-1", "测试户", "堡子村", false, false, new BigDecimal(value), null,
                List.of(line(code, "1").withMeasurement(measure, value)),
                List.of(new LivestockPremises("处1", "牛舍", new BigDecimal(value))), null);
        InvalidInventoryException e = refusal(Quotes.ENGINE, h);
        assertThat(e.violations()).as("%s listed as an inventory line", printedName)
                .extracting(Violation::field).contains("items[0].code");
        assertWellWorded(e.violations());
    }

    @Test
    @DisplayName("分档表不覆盖的测量值报 no-tier(若本标准所有分档行都覆盖全部正值,则跳过)")
    void measurementOutsideEveryTier() {
        for (ScheduleItem item : Quotes.SCHEDULE.items()) {
            if (item.mode() != Mode.MONEY || !(item.price() instanceof Price.Tiered t)) {
                continue;
            }
            List<ResolvedTier> table = Quotes.ENGINE.resolvedTiers(item.code());
            for (BigDecimal v : candidates(table, t.measure())) {
                if (TierResolver.find(table, v) == null) {
                    ItemInput in = line(item.code(), "1").withMeasurement(t.measure().key(), v.toPlainString());
                    InvalidInventoryException e = refusal(Quotes.ENGINE, withLines(in));
                    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                            .contains(tuple("items[0].measurements." + t.measure().key(), "no-tier"));
                    assertWellWorded(e.violations());
                    return;
                }
            }
        }
        Assumptions.abort("every tier table of this schedule covers every positive measurement (the first tiers are "
                + "unbounded below or start at 0); no-tier cannot be reached with valid measurements");
    }

    /** Positive values at and beside every resolved bound of a table, within the measure's allowed maximum. */
    private static List<BigDecimal> candidates(List<ResolvedTier> table, Measure m) {
        BigDecimal step = new BigDecimal("0.01");
        List<BigDecimal> c = new ArrayList<>(List.of(step, m.max()));
        for (ResolvedTier r : table) {
            for (BigDecimal b : Arrays.asList(r.bounds().lower(), r.bounds().upper())) {
                if (b != null) {
                    c.addAll(List.of(b.subtract(step), b, b.add(step)));
                }
            }
        }
        return c.stream().filter(x -> x.signum() > 0 && x.compareTo(m.max()) <= 0).toList();
    }

    @Test
    @DisplayName("一户中的多处错误全部列出,不只第一处(住户编号、困难延期、数量、编码、测量值、养殖场所、搬迁日期)")
    void everyViolationIsReported() {
        Household h = new Household(null, "测试户", "堡子村", false, true, new BigDecimal("80"), null,
                List.of(line(BRICK_WOOD, "-1"), line("1-1.annex.marble", "10"), line(CELLAR, "10")),
                List.of(new LivestockPremises("处1", "牛舍", null)),
                new Dates(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 5), LocalDate.of(2101, 1, 1)));
        InvalidInventoryException e = refusal(Quotes.ENGINE, h);
        assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
                tuple("id", "required"),
                tuple("hardshipExtensionApproved", "hardship-requires-sole-dwelling"),
                tuple("items[0].quantity", "must-be-positive"),
                tuple("items[1].code", "unknown-code"),
                tuple("items[2].measurements.depthM", "measurement-required"),
                tuple("livestockPremises[0].areaM2", "required"),
                tuple("dates.movedOut", "date-out-of-range"));
        assertWellWorded(e.violations());
        assertThat(e.getMessage()).startsWith("7 violation(s)");
    }

    @Test
    @DisplayName("同一行的多处错误也全部列出:未知测量项与数量为负")
    void everyViolationOfOneLineIsReported() {
        InvalidInventoryException e = refusal(Quotes.ENGINE,
                withLines(line(CELLAR, "-10").withMeasurement("depthM", "1.5").withMeasurement("colour", "1")));
        assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
                tuple("items[0].measurements.colour", "unknown-measurement"),
                tuple("items[0].quantity", "must-be-positive"));
    }

    @Test
    @DisplayName("住户清单为 null:报 $ required,不抛 NullPointerException")
    void nullHousehold() {
        InvalidInventoryException e = refusal(Quotes.ENGINE, null);
        assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactly(tuple("$", "required"));
        assertWellWorded(e.violations());
    }

    @Test
    @DisplayName("清单中有 null 行:报 items[1] required,不抛 NullPointerException")
    void nullItemEntry() {
        Throwable t = catchThrowable(() -> Quotes.ENGINE.quote(new Household("T-1", "测试户", "堡子村", false, false,
                null, null, Arrays.asList(line(BRICK_WOOD, "10"), null), List.of(), null)));
        assertThat(t).as("a null line must be reported as a violation, not thrown")
                .isInstanceOf(InvalidInventoryException.class);
        assertThat(((InvalidInventoryException) t).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[1]", "required"));
    }

    @Test
    @DisplayName("一(三) 养殖场所中有 null 项:报 livestockPremises[0] required,不抛 NullPointerException")
    void nullPremisesEntry() {
        Throwable t = catchThrowable(() -> Quotes.ENGINE.quote(new Household("T-1", "测试户", "堡子村", false, false,
                null, null, List.of(line(BRICK_WOOD, "10")), Arrays.asList((LivestockPremises) null), null)));
        assertThat(t).as("a null premises entry must be reported as a violation, not thrown")
                .isInstanceOf(InvalidInventoryException.class);
        assertThat(((InvalidInventoryException) t).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("livestockPremises[0]", "required"));
    }

    @Test
    @DisplayName("测量值为 null(如 JSON 中 \"depthM\": null):报 measurement-required,不抛 NullPointerException")
    void nullMeasurementValue() {
        Map<String, BigDecimal> measurements = new java.util.HashMap<>();
        measurements.put("depthM", null);
        Throwable t = catchThrowable(() -> Quotes.ENGINE.quote(withLines(new ItemInput(null, CELLAR,
                new BigDecimal("10"), measurements, null, null, null, null, null, null, null, null))));
        assertThat(t).as("a null measurement must be reported as a violation, not thrown")
                .isInstanceOf(InvalidInventoryException.class);
        assertThat(((InvalidInventoryException) t).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].measurements.depthM", "measurement-required"));
    }

    @Test
    @DisplayName("边界内的值照常报价:数量恰为1000000、菜窖深恰为2000 m 不是荒谬值")
    void boundsThemselvesAreAccepted() {
        QuoteLine wood = Quotes.line(BRICK_WOOD, "1000000");
        // 一(一) 附属平房 砖木结构 700 元/m²: 1,000,000 m² × 700 = 700,000,000
        Quotes.assertAmount(wood, "700000000");
        QuoteLine cellar = Quotes.line(line(CELLAR, "1").withMeasurement("depthM", "2000"));
        // 一(一) 菜窖 砖石 ≥2 米: 200 元/m² × 1 m²
        Quotes.assertAmount(cellar, "200");
    }

    @Test
    @DisplayName("计件单位的整数照常报价:核桃树3株、电话2.00部(小数点后全为0仍是整数)、三项动力线路1户;计量单位可有小数")
    void wholeCountsAndOnePerHouseholdAreAccepted() {
        // 二(一) 核桃树 11cm< 胸径≤15cm 500 元/株 × 3 株
        Quotes.assertAmount(Quotes.line(line(WALNUT, "3").withMeasurement("trunkDiameterCm", "12")), "1500");
        // 一(一) 日用设施 电话 200 元/部 × 2 部
        Quotes.assertAmount(Quotes.line(PHONE, "2.00"), "400");
        // 一(一) 三项动力线路 5000 元/户, once
        Quotes.assertAmount(Quotes.line(THREE_PHASE, "1"), "5000");
        // 一(一) 附属平房 砖木结构 700 元/m² × 10.5 m²: a measured unit keeps its decimals
        Quotes.assertAmount(Quotes.line(BRICK_WOOD, "10.5"), "7350");
    }
}
