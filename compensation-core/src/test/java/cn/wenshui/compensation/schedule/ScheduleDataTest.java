package cn.wenshui.compensation.schedule;

import cn.wenshui.compensation.money.MoneyFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.wenshui.compensation.readings.Readings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("数据文件:文政发〔2023〕6号 补偿标准")
class ScheduleDataTest {
    static final Schedule S = ScheduleLoader.loadDefault();

    @Test
    @DisplayName("文号、发文机关、成文日期与公报一致")
    void header() {
        assertThat(S.documentNumber()).isEqualTo("文政发〔2023〕6号");
        assertThat(S.issuer()).isEqualTo("文水县人民政府");
        assertThat(S.issued()).isEqualTo(LocalDate.of(2023, 5, 20));
        assertThat(S.title()).isEqualTo("文水县堡子片区开发建设征地拆迁补偿标准");
    }

    @Test
    @DisplayName("lint:每个分档表的空档、重叠、断崖与空白格都有解释条目覆盖")
    void lintFindingsAreAllCovered() {
        List<LintFinding> findings = ScheduleLint.check(S);
        assertThat(findings).isNotEmpty();
        assertThat(ScheduleLint.uncovered(S)).isEmpty();
    }

    @Test
    @DisplayName("lint 找到的问题正是文字中的问题:果树10–11cm、15–16cm空档,25cm重复,木材25cm缺失,30m²补助断崖")
    void lintFindsTheKnownDefects() {
        List<LintFinding> f = ScheduleLint.check(S);
        assertThat(f).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("2-1.fruit.walnut");
            assertThat(x.kind()).isEqualTo("gap");
            assertThat(x.message()).contains("(10, 11]");
        });
        assertThat(f).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("2-1.fruit.walnut");
            assertThat(x.kind()).isEqualTo("point");
            assertThat(x.message()).contains("25 is in both");
        });
        assertThat(f).anySatisfy(x -> {
            assertThat(x.code()).startsWith("2-2.timber");
            assertThat(x.message()).contains("25 is in neither");
        });
        assertThat(f).filteredOn(x -> x.kind().equals("cliff")).extracting(LintFinding::code)
                .contains("3-2.settlement", "1-3.settlement", "1-3.moving-subsidy")
                .doesNotContain("3-1.moving-subsidy");
        assertThat(f).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("3-3.incentive");
            assertThat(x.kind()).isEqualTo("overlap");
        });
    }

    @Test
    @DisplayName("每个可切换的解释:数据文件列出的选项与引擎的选项一致,默认在前")
    void switchesMatchTheFile() {
        Readings.switches().forEach((key, options) -> {
            Interpretation entry = S.interpretations().stream().filter(i -> i.key().equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError("no interpretation entry for " + key));
            assertThat(entry.options()).as(key).isEqualTo(options);
        });
    }

    @Test
    @DisplayName("每个解释条目在 docs/interpretations.md 中都有一节(条款、原文、读法、其他读法)")
    void everyEntryIsDocumented() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "interpretations.md"));
        assertThat(S.interpretations()).allSatisfy(i -> {
            assertThat(doc).as(i.id()).contains("## " + i.id() + " ");
            assertThat(doc).as(i.id() + " key").contains("`" + i.key() + "`");
        });
    }

    @Test
    @DisplayName("每行都有编码、条款、种类与单位;只有货币补偿行带价格")
    void rowsAreComplete() {
        assertThat(S.items()).allSatisfy(i -> {
            assertThat(i.code()).isNotBlank();
            assertThat(i.category()).isNotBlank();
            assertThat(i.unit()).isNotBlank();
            if (i.mode().isPending() || i.mode() == Mode.NOT_COMPENSATED) {
                assertThat(i.price()).as(i.code()).isNull();
            }
        });
    }

    @Test
    @DisplayName("按条文文字查找:「附属平房」「砖混结构」")
    void findByPrintedText() {
        assertThat(S.findByText("附属平房", "砖混结构")).get().extracting(ScheduleItem::printed)
                .isEqualTo("700-800 元 /m ²");
        assertThat(S.findByText("室内隔断/夹墙", "木质框")).isPresent();
    }

    @Test
    @DisplayName("加载器拒绝未知字段、重复编码与未被解释覆盖的空档")
    void loaderRejectsBadFiles() {
        String head = "id: x\nversion: 1\ntitle: t\ndocumentNumber: d\nissuer: i\nissued: 2023-05-20\nsource: s\n"
                + "sections:\n  - {id: 一(一), title: 房屋、附属设施}\n"
                + "units:\n  - {unit: m², name: 平方米}\n  - {unit: 口, name: 口, counted: true}\n";
        assertThatThrownBy(() -> load(head + "colour: red\n")).isInstanceOf(ScheduleException.class)
                .hasMessageContaining("colour");
        String item = "  - {code: 1-1.a, section: 一(一), category: 甲, unit: m², mode: money, "
                + "price: {type: fixed, amount: 1}}\n";
        assertThatThrownBy(() -> load(head + "items:\n" + item + item)).isInstanceOf(ScheduleException.class)
                .hasMessageContaining("duplicated code");
        String gapped = "items:\n  - code: 1-1.b\n    section: 一(一)\n    category: 乙\n    unit: 口\n"
                + "    mode: money\n    price:\n      type: tiers\n      measure: depthM\n      tiers:\n"
                + "        - {printed: a, upper: 5, upperIncluded: true, amount: 1}\n"
                + "        - {printed: b, lower: 6, amount: 2}\n";
        assertThatThrownBy(() -> load(head + gapped)).isInstanceOf(ScheduleException.class)
                .hasMessageContaining("gap").hasMessageContaining("no interpretation entry covers it");
        assertThatThrownBy(() -> load(head + "items:\n  - {code: 1-1.c, section: 一(一), category: 丙, unit: m², "
                + "mode: money}\n")).isInstanceOf(ScheduleException.class).hasMessageContaining("needs a price");
        assertThatThrownBy(() -> load(head + "items:\n  - {code: 1-1.d, section: 一(一), category: 丁, unit: 棵, "
                + "mode: money, price: {type: fixed, amount: 1}}\n")).isInstanceOf(ScheduleException.class)
                .hasMessageContaining("unit 棵 is not declared");
        assertThatThrownBy(() -> load(head + "items:\n  - {code: 2-1.e, section: 二(一), category: 戊, unit: m², "
                + "mode: money, price: {type: fixed, amount: 1}}\n")).isInstanceOf(ScheduleException.class)
                .hasMessageContaining("unknown section 二(一)");
    }

    @Test
    @DisplayName("章节:一(一) 房屋、附属设施 … 四 空闲的宅基地补偿,按原文顺序;每行都属于其中一节")
    void sectionsInPrintedOrder() {
        assertThat(S.sectionIds()).containsExactly("一(一)", "一(二)", "一(三)", "二(一)", "二(二)", "三(一)", "三(二)",
                "三(三)", "四");
        assertThat(S.sections().get(0).title()).isEqualTo("房屋、附属设施");
        // 一(一) 注1 「依最终评估价执行」 stands under 一(一) only (I-23)
        assertThat(S.appraisalOverrideSections()).containsExactly("一(一)");
        assertThat(S.items()).allSatisfy(i -> assertThat(S.sectionIds()).as(i.code()).contains(i.section()));
    }

    @Test
    @DisplayName("由住户信息计算的行:三(一)、三(二)按被拆迁房屋建筑面积,三(三)按日期,一(三)搬迁补助与每月临时安置补助按每处养殖场所,房屋面积置换按正房")
    void computedRowsSayWhatTheyAreComputedFrom() {
        assertThat(S.computedRows()).extracting(ScheduleItem::code, ScheduleItem::computedFrom).containsExactly(
                tuple("1-1.swap.main-house", ComputedFrom.MAIN_HOUSE),
                tuple("1-1.swap.homestead", ComputedFrom.MAIN_HOUSE),
                tuple("1-3.moving-subsidy", ComputedFrom.LIVESTOCK_PREMISES),
                tuple("1-3.settlement", ComputedFrom.LIVESTOCK_PREMISES),
                tuple("3-1.moving-subsidy", ComputedFrom.DEMOLISHED_BUILDING_AREA),
                tuple("3-2.settlement", ComputedFrom.DEMOLISHED_BUILDING_AREA),
                tuple("3-3.incentive", ComputedFrom.DATES));
        assertThat(S.items()).filteredOn(i -> i.mode() == Mode.AREA_SWAP)
                .allSatisfy(i -> assertThat(i.computedFrom()).isEqualTo(ComputedFrom.MAIN_HOUSE));
    }

    @Test
    @DisplayName("三(三) 奖励:在规定时间内(30 日内)5 万元;(45 日内)3 万元 —— 读自该行的分档")
    void incentiveRewardsAreTheRowsTiers() {
        assertThat(S.incentive().orElseThrow().section()).isEqualTo("三(三)");
        assertThat(S.incentiveRewards()).extracting(r -> r.withinDays().intValueExact(), r -> r.amount().intValueExact())
                .containsExactly(tuple(30, 50000), tuple(45, 30000));
        assertThat(S.incentiveWords()).isEqualTo("30日内5万元、45日内3万元");
        assertThat(MoneyFormat.wanYuan(new java.math.BigDecimal("12500"))).isEqualTo("1.25万元");
        assertThat(MoneyFormat.wanYuan(new java.math.BigDecimal("800"))).isEqualTo("800元");
    }

    @Test
    @DisplayName("加载器拒绝:未知的 computedFrom、两行按日期计算、按正房计算的不是面积置换行、面积置换行未标 computedFrom")
    void loaderChecksComputedRows() {
        String head = "id: x\nversion: 1\ntitle: t\ndocumentNumber: d\nissuer: i\nissued: 2023-05-20\nsource: s\n"
                + "sections:\n  - {id: 一(一), title: 房屋、附属设施}\n  - {id: 三(三), title: 主动搬迁奖励}\n"
                + "units:\n  - {unit: m², name: 平方米}\n  - {unit: 户, name: 户, counted: true}\n";
        String incentive = "  - code: 3-3.i\n    section: 三(三)\n    category: 奖\n    unit: 户\n    mode: money\n"
                + "    computedFrom: dates\n    price:\n      type: tiers\n      measure: days\n      tiers:\n"
                + "        - {printed: a, lower: 0, lowerIncluded: true, upper: 30, upperIncluded: true, amount: 9}\n"
                + "        - {printed: b, lower: 30, amount: 0}\n";
        assertThat(load(head + "items:\n" + incentive).incentiveWords()).isEqualTo("30日内9元");
        assertThatThrownBy(() -> load(head + "items:\n" + incentive.replace("dates", "weather")))
                .isInstanceOf(ScheduleException.class).hasMessageContaining("weather");
        assertThatThrownBy(() -> load(head + "items:\n" + incentive + incentive.replace("3-3.i", "3-3.j")))
                .isInstanceOf(ScheduleException.class).hasMessageContaining("one row at most");
        assertThatThrownBy(() -> load(head + "items:\n" + incentive + "  - {code: 1-1.s, section: 一(一), category: 置换, "
                + "unit: m², mode: area-swap, price: {type: swap, ratio: 1}}\n"))
                .isInstanceOf(ScheduleException.class).hasMessageContaining("computed from mainHouse");
        assertThatThrownBy(() -> load(head + "items:\n" + incentive + "  - {code: 1-1.m, section: 一(一), category: 甲, "
                + "unit: m², mode: money, computedFrom: mainHouse, price: {type: fixed, amount: 1}}\n"))
                .isInstanceOf(ScheduleException.class).hasMessageContaining("computed from mainHouse");
        assertThatThrownBy(() -> load(head + "items:\n" + incentive + "  - {code: 1-1.n, section: 一(一), category: 乙, "
                + "unit: m², mode: money, computedFrom: demolishedBuildingAreaM2, price: {type: fixed, amount: 1}}\n"))
                .isInstanceOf(ScheduleException.class).hasMessageContaining("tiers by areaM2");
    }

    @Test
    @DisplayName("工作簿提示读自数据文件,其中的数字取自各行:三(三) 30日内5万元、45日内3万元;三(二) 增加24个月;宅基地 1:0.4")
    void hintsTakeTheirNumbersFromTheRows() {
        assertThat(S.hint("dates.movedOut")).contains("三(三)奖励:自签订协议并支付补偿款后30日内5万元、45日内3万元");
        assertThat(S.hint("hardshipExtensionApproved")).contains("三(二):唯一住房临时安置确有困难、经批准增加24个月");
        assertThat(S.hint("mainHouse.homesteadCertificateAreaM2")).contains("一(一)房屋面积置换 宅基地 1:0.4(扣除正房占地面积)");
        assertThat(S.hint("items[].surchargePercent")).contains("20%-40%;不填则列区间");
        assertThat(S.hint("items[].growthStage")).contains("葡萄、嫁接杏树:未挂果、初果期、中果期、盛果期");
        assertThat(S.hints().values()).allSatisfy(h -> assertThat(h).doesNotContain("{", "}"));
    }

    @Test
    @DisplayName("加载器拒绝提示中引用的未知行与未知属性")
    void loaderChecksHintReferences() {
        String head = "id: x\nversion: 1\ntitle: t\ndocumentNumber: d\nissuer: i\nissued: 2023-05-20\nsource: s\n"
                + "sections:\n  - {id: 一(一), title: 房屋、附属设施}\nunits:\n  - {unit: m², name: 平方米}\n"
                + "items:\n  - {code: 1-1.a, section: 一(一), category: 甲, unit: m², mode: money, months: 3, "
                + "price: {type: fixed, amount: 1}}\n";
        assertThat(load(head + "hints:\n  f: \"{1-1.a:months}个月\"\n").hint("f")).contains("3个月");
        assertThatThrownBy(() -> load(head + "hints:\n  f: \"{1-1.zz:months}\"\n"))
                .isInstanceOf(ScheduleException.class).hasMessageContaining("unknown row");
        assertThatThrownBy(() -> load(head + "hints:\n  f: \"{1-1.a:ratio}\"\n"))
                .isInstanceOf(ScheduleException.class).hasMessageContaining("has no ratio");
    }

    @Test
    @DisplayName("计量单位:株、个、口、户、盘、间、处、部、台、架、套、全套计件(整数),m、m²、m³计量(可有小数);元/户每户一次")
    void unitsSayWhichCountThings() {
        for (String counted : List.of("株", "个", "口", "户", "盘", "间", "处", "部", "台", "架", "套", "全套")) {
            assertThat(S.unit(counted)).as(counted).get().extracting(Unit::counted).isEqualTo(true);
        }
        for (String measured : List.of("m", "m²", "m³")) {
            assertThat(S.unit(measured)).as(measured).get().extracting(Unit::counted).isEqualTo(false);
        }
        assertThat(S.units().stream().filter(Unit::oncePerHousehold).map(Unit::unit)).containsExactly("户");
        assertThat(S.items()).allSatisfy(i -> assertThat(S.unit(i.unit())).as(i.code()).isPresent());
    }

    private static Schedule load(String yaml) {
        return ScheduleLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
