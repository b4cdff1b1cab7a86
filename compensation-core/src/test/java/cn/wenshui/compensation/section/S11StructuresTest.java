package cn.wenshui.compensation.section;

import static cn.wenshui.compensation.testing.Quotes.assertAmount;
import static cn.wenshui.compensation.testing.Quotes.assertUnitPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.MainHouse;
import cn.wenshui.compensation.quote.AreaSwap;
import cn.wenshui.compensation.quote.LineStatus;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Subtotal;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.testing.Quotes;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.AggregateWith;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.aggregator.ArgumentsAggregator;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 一(一) 房屋、附属设施, the printed table row by row: every fixed price and every range (with the appraisal rule of
 * 注1), the area swaps, 歇厦、雨搭, the items of 注3–注5 that are decided elsewhere, and the section subtotal.
 * The rows with tiers or adjustments (基础, 台阶, 铺砌, 菜窖, 锅炉, 井, 内装潢, 水塔) are in {@link S11FacilitiesTest}.
 * Every amount below is written from the regulation text: quantity × printed price.
 */
@DisplayName("一(一) 建筑物拆迁补偿标准 — 房屋、附属设施:印刷价格、评估价(注1)、面积置换、歇厦雨搭、注3–注5 与小计")
class S11StructuresTest {

    // ---- the printed table: fixed prices ------------------------------------------------------------------

    /** Every row of 一(一) printed with one price. 印刷 is the 补偿标准 cell as printed (remark rows: the remark's words). */
    static final String FIXED_ROWS = """
            # 编码                               | 种类                       | 规格                     | 印刷                | 数量 | 单位 | 单价 | 金额(数量×单价)
            1-1.annex.brick-wood                  | 附属平房                   | 砖木结构(含混合结构)     | 700 元 /m ²         | 10   | m²   | 700  | 7000
            1-1.annex.frame                       | 附属平房                   | 框架结构                 | 1200/m ²            | 10   | m²   | 1200 | 12000
            1-1.annex.steel                       | 附属平房                   | 钢结构                   | 1200/m ²            | 10   | m²   | 1200 | 12000
            1-1.shack.abandoned                   | 简易房                     | 废弃简易房               | 600 元 / 间         | 2    | 间   | 600  | 1200
            1-1.factory.frame                     | 企业厂房                   | 框架结构                 | 1200/m ²            | 100  | m²   | 1200 | 120000
            1-1.factory.steel                     | 企业厂房                   | 钢结构                   | 1200/m ²            | 100  | m²   | 1200 | 120000
            1-1.foundation.stone                  | 基础                       | 石基础                   | 200 元 /m ²         | 10   | m²   | 200  | 2000
            1-1.toilet.government-retrofit        | 厕所(室外)                 | 政府改厕的               | 按 1500 元 / 个     | 1    | 个   | 1500 | 1500
            1-1.toilet.other-simple               | 厕所(室外)                 | 其它简易的               | 100 元 / 个         | 2    | 个   | 100  | 200
            1-1.toilet.earth-roofed               | 厕所(室外)                 | 土砌有顶                 | 200 元 / 个         | 1    | 个   | 200  | 200
            1-1.dam.earth                         | 土坝                       | ''                       | 13 元 /m ²          | 10   | m²   | 13   | 130
            1-1.cistern.brick                     | 水窖                       | 砖砌                     | 170 元 /m ³         | 10   | m³   | 170  | 1700
            1-1.cistern.stone                     | 水窖                       | 石砌                     | 190 元 /m ³         | 10   | m³   | 190  | 1900
            1-1.screen-wall.decorated             | 影壁                       | 装饰影壁                 | 150 元 /m ²         | 6    | m²   | 150  | 900
            1-1.screen-wall.cement-rendered       | 影壁                       | 普通水泥罩面             | 130 元 /m ²         | 6    | m²   | 130  | 780
            1-1.screen-wall.simple                | 影壁                       | 简易影壁                 | 100 元 /m ²         | 6    | m²   | 100  | 600
            1-1.utility.telephone                 | 日用设施                   | 电话                     | 200 元 / 部         | 1    | 部   | 200  | 200
            1-1.utility.cable-tv                  | 日用设施                   | 有线闭路电视             | 550 元 / 户         | 1    | 户   | 550  | 550
            1-1.utility.water-meter               | 日用设施                   | 自来水表                 | 800 元 / 户         | 1    | 户   | 800  | 800
            1-1.utility.power-meter               | 日用设施                   | 农电改造表               | 600 元 / 个         | 2    | 个   | 600  | 1200
            1-1.utility.solar-relocation          | 日用设施                   | 太阳能搬迁费             | 700 元 / 部         | 1    | 部   | 700  | 700
            1-1.utility.indoor-heating            | 日用设施                   | 室内采暖(含暖气、管道等) | 50 元 /m ²          | 80   | m²   | 50   | 4000
            1-1.utility.water-tank                | 日用设施                   | 家用水箱                 | 500 元 / 个         | 1    | 个   | 500  | 500
            1-1.utility.broadband                 | 日用设施                   | 宽带                     | 950 元 / 个         | 1    | 个   | 950  | 950
            1-1.three-phase-power                 | 三项动力线路               | ''                       | 5000 元 / 户        | 1    | 户   | 5000 | 5000
            1-1.partition.wood-frame              | 室内隔断 / 夹墙            | 木质框                   | 1000 元 / 个        | 2    | 个   | 1000 | 2000
            1-1.partition.aluminium-frame         | 室内隔断 / 夹墙            | 铝合金框                 | 1500 元 / 个        | 2    | 个   | 1500 | 3000
            1-1.kang.simple                       | 炕                         | 普通简易                 | 500/ 盘             | 1    | 盘   | 500  | 500
            1-1.kang.tiled                        | 炕                         | 瓷砖贴面                 | 1000/ 盘            | 1    | 盘   | 1000 | 1000
            1-1.kang.with-cabinet                 | 炕                         | 有炕柜                   | 1500/ 盘            | 1    | 盘   | 1500 | 1500
            1-1.stove.tiled                       | 火灶                       | 瓷砖表面贴面             | 500/ 个             | 1    | 个   | 500  | 500
            1-1.stove.cement-plastered            | 火灶                       | 水泥抹灰                 | 300/ 个             | 1    | 个   | 300  | 300
            1-1.stove.earth                       | 火灶                       | 简易土制                 | 200/ 个             | 1    | 个   | 200  | 200
            1-1.gate.luxury                       | 大门                       | 豪华装修                 | 8000 元 / 个        | 1    | 个   | 8000 | 8000
            1-1.inspection-well                   | 检查井                     | ''                       | 1200 元 / 个        | 2    | 个   | 1200 | 2400
            1-1.dry-well                          | 旱井                       | ''                       | 5000 元 / 口        | 1    | 口   | 5000 | 5000
            1-1.pressure-well                     | 压井                       | ''                       | 2000 元 / 口        | 1    | 口   | 2000 | 2000
            1-1.indoor-plumbing-electric.water    | 室内水电                   | 上下水                   | 12 元 /m ²          | 100  | m²   | 12   | 1200
            1-1.indoor-plumbing-electric.electric | 室内水电                   | 电                       | 14 元 /m ²          | 100  | m²   | 14   | 1400
            1-1.well.cement-pipe                  | 机井                       | 水泥管机井               | 600 元 /m.深        | 100  | m    | 600  | 60000
            """;

    @ParameterizedTest(name = "一(一) {1} {2} {3}:{4} {5} 得 {7} 元")
    @CsvSource(delimiter = '|', textBlock = FIXED_ROWS)
    @DisplayName("一(一) 定额行:数量×印刷单价,一个金额(框架结构「1200/m²」等未印「元」的按元读,解释I-13)")
    void fixedPrice(String code, String category, String spec, String printed, String quantity, String unit,
                    String unitPrice, String amount) {
        QuoteLine l = Quotes.line(code, quantity);
        assertThat(l.section()).isEqualTo("一(一)");
        assertThat(l.category()).isEqualTo(category);
        assertThat(l.spec()).isEqualTo(spec);
        assertThat(l.printed()).isEqualTo(printed);
        assertThat(l.unit()).isEqualTo(unit);
        assertUnitPrice(l, unitPrice, unitPrice);
        assertAmount(l, amount);
        assertThat(l.status()).isEqualTo(LineStatus.EXACT);
    }

    @Test
    @DisplayName("一(一) 厕所(室外) 备注中的三种定额(政府改厕1500元/个、其它简易100元/个、土砌有顶200元/个)出自备注,条款标为「一(一) 备注」")
    void toiletRemarkRowsComeFromTheRemark() {
        assertThat(List.of("1-1.toilet.government-retrofit", "1-1.toilet.other-simple", "1-1.toilet.earth-roofed"))
                .allSatisfy(code -> assertThat(Quotes.line(code, "1").clause()).isEqualTo("一(一) 备注"));
        assertThat(Quotes.line("1-1.toilet.brick-open", "1").clause()).isEqualTo("一(一)");
    }

    @Test
    @DisplayName("一(一) 注1 也适用于定额行:砖木结构700元/m²,评估单价700元按评估价,701元无评估依据不受理")
    void appraisalOfAFixedRow() {
        QuoteLine l = Quotes.line(ItemInput.of("1-1.annex.brick-wood", "10").withAppraisal("700", null));
        assertAmount(l, "7000");
        assertThat(l.status()).isEqualTo(LineStatus.EXACT);
        assertThat(Quotes.violations(ItemInput.of("1-1.annex.brick-wood", "10").withAppraisal("701", null)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].appraisedUnitPrice", "price-outside-range"));
    }

    @Test
    @DisplayName("解释I-30 每行金额四舍五入到分:砖木结构12.345 m²×700=8641.5元;土围墙0.333 m²×20–35=6.66–11.655→11.66元")
    void lineAmountsAreRoundedToTheFen() {
        assertAmount(Quotes.line("1-1.annex.brick-wood", "12.345"), "8641.50");
        QuoteLine wall = Quotes.line("1-1.wall.earth", "0.333");
        assertAmount(wall, "6.66", "11.66");
        assertThat(wall.amountMax().scale()).isEqualTo(2);
    }

    // ---- the printed table: ranges and 注1 ----------------------------------------------------------------

    /**
     * Every row of 一(一) printed as a range. Columns: the printed words; a quantity and the amounts at the printed
     * ends (数量×下限, 数量×上限); an appraised price inside the range and its amount; a price one fen below and one fen
     * above the range; an appraised price outside the range (accepted with a reason, 注1) and its amount. 测量 is a
     * measurement the row needs (未竣工砖房基础: 出地高度 1 m, i.e. full price).
     * 内装潢 and 石质蓄水池 are printed 「/m」 and read per m² (解释I-12, default AREA).
     */
    static final String RANGE_ROWS = """
            # 编码                           | 种类                       | 规格             | 印刷                           | 数量 | 单位 | 下限 | 上限 | 最低额 | 最高额 | 评估价 | 评估额 | 低于下限 | 高于上限 | 覆盖价 | 覆盖额 | 测量
            1-1.annex.brick-concrete          | 附属平房                   | 砖混结构         | 700-800 元 /m ²                | 10   | m²   | 700  | 800  | 7000   | 8000   | 750    | 7500   | 699.99   | 800.01   | 900    | 9000   |
            1-1.cave.brick-stone              | 窑洞                       | 砖石窑洞         | 600-700 元 /m ²                | 10   | m²   | 600  | 700  | 6000   | 7000   | 650    | 6500   | 599.99   | 700.01   | 800    | 8000   |
            1-1.cave.brick-front              | 窑洞                       | 砖接口窑洞       | 400-450 元 /m ²                | 10   | m²   | 400  | 450  | 4000   | 4500   | 420    | 4200   | 399.99   | 450.01   | 500    | 5000   |
            1-1.cave.earth                    | 窑洞                       | 一般土窑洞       | 350-400 元 /m ²                | 10   | m²   | 350  | 400  | 3500   | 4000   | 380    | 3800   | 349.99   | 400.01   | 300    | 3000   |
            1-1.cave.abandoned                | 窑洞                       | 废弃窑洞         | 1500-2000 元 / 间              | 2    | 间   | 1500 | 2000 | 3000   | 4000   | 1800   | 3600   | 1499.99  | 2000.01  | 2500   | 5000   |
            1-1.shack.non-residential         | 简易房                     | 简易非住房       | 200-300 元 /m ²                | 10   | m²   | 200  | 300  | 2000   | 3000   | 260    | 2600   | 199.99   | 300.01   | 320    | 3200   |
            1-1.shack.color-steel             | 简易房                     | 彩钢结构         | 250-350 元 /m ²                | 10   | m²   | 250  | 350  | 2500   | 3500   | 300    | 3000   | 249.99   | 350.01   | 400    | 4000   |
            1-1.factory.brick-concrete-frame  | 企业厂房                   | 砖混框架结构     | 1100-1200 元 /m ²              | 100  | m²   | 1100 | 1200 | 110000 | 120000 | 1150   | 115000 | 1099.99  | 1200.01  | 1300   | 130000 |
            1-1.foundation.unfinished-brick   | 基础                       | 未竣工砖房基础   | 120-150 元 /m ²                | 10   | m²   | 120  | 150  | 1200   | 1500   | 135    | 1350   | 119.99   | 150.01   | 160    | 1600   | heightM=1
            1-1.foundation.ring-beam          | 基础                       | 砖混基础圈梁     | 180-230 元 /m ²                | 10   | m²   | 180  | 230  | 1800   | 2300   | 200    | 2000   | 179.99   | 230.01   | 250    | 2500   |
            1-1.wall.brick                    | 围墙                       | 砖围墙           | 50-70 元 /m ²                  | 20   | m²   | 50   | 70   | 1000   | 1400   | 60     | 1200   | 49.99    | 70.01    | 75     | 1500   |
            1-1.wall.earth                    | 围墙                       | 土围墙           | 20-35 元 /m ²                  | 20   | m²   | 20   | 35   | 400    | 700    | 28     | 560    | 19.99    | 35.01    | 40     | 800    |
            1-1.wall.stone                    | 围墙                       | 石围墙           | 50-80 元 /m ²                  | 20   | m²   | 50   | 80   | 1000   | 1600   | 65     | 1300   | 49.99    | 80.01    | 90     | 1800   |
            1-1.toilet.brick-open             | 厕所(室外)                 | 砖砌无顶         | 120-150 元 /m ²                | 4    | m²   | 120  | 150  | 480    | 600    | 135    | 540    | 119.99   | 150.01   | 180    | 720    |
            1-1.toilet.brick-roofed           | 厕所(室外)                 | 砖砌有顶         | 300-400 元 /m ²                | 4    | m²   | 300  | 400  | 1200   | 1600   | 350    | 1400   | 299.99   | 400.01   | 450    | 1800   |
            1-1.stairs.brick-steps            | 室外台阶或楼梯             | 砖台阶           | 50-60 元 /m ²                  | 10   | m²   | 50   | 60   | 500    | 600    | 55     | 550    | 49.99    | 60.01    | 65     | 650    |
            1-1.stairs.stone-steps            | 室外台阶或楼梯             | 石台阶           | 60-70 元 /m ²                  | 10   | m²   | 60   | 70   | 600    | 700    | 65     | 650    | 59.99    | 70.01    | 75     | 750    |
            1-1.stairs.steel                  | 室外台阶或楼梯             | 钢架楼梯         | 300-400 元 /m                  | 10   | m    | 300  | 400  | 3000   | 4000   | 350    | 3500   | 299.99   | 400.01   | 450    | 4500   |
            1-1.stairs.concrete               | 室外台阶或楼梯             | 混凝土楼梯       | 300-350 元 /m                  | 10   | m    | 300  | 350  | 3000   | 3500   | 320    | 3200   | 299.99   | 350.01   | 380    | 3800   |
            1-1.dam.stone                     | 石坝                       | ''               | 150-200 元 /m ³ 分干砌、水泥砌 | 10   | m³   | 150  | 200  | 1500   | 2000   | 180    | 1800   | 149.99   | 200.01   | 220    | 2200   |
            1-1.paving.machine-brick          | 月台或院内铺砌             | 机制砖砌         | 30-50 元 /m ²                  | 10   | m²   | 30   | 50   | 300    | 500    | 40     | 400    | 29.99    | 50.01    | 55     | 550    |
            1-1.ping-pong-blackboard          | 乒乓球台、黑板栏           | ''               | 100-150 元 /m                  | 10   | m    | 100  | 150  | 1000   | 1500   | 120    | 1200   | 99.99    | 150.01   | 160    | 1600   |
            1-1.sanitary.standard             | 卫生洁具                   | 普通洁具         | 800-1500 元 / 全套             | 1    | 全套 | 800  | 1500 | 800    | 1500   | 1200   | 1200   | 799.99   | 1500.01  | 1600   | 1600   |
            1-1.sanitary.premium              | 卫生洁具                   | 高档洁具         | 1500-2000 元 / 全套            | 1    | 全套 | 1500 | 2000 | 1500   | 2000   | 1800   | 1800   | 1499.99  | 2000.01  | 2200   | 2200   |
            1-1.decoration.simple             | 内装潢                     | 简单装潢         | 100-200 元 /m                  | 10   | m²   | 100  | 200  | 1000   | 2000   | 150    | 1500   | 99.99    | 200.01   | 250    | 2500   |
            1-1.decoration.mid-range          | 内装潢                     | 中档装潢         | 300-400 元 /m                  | 10   | m²   | 300  | 400  | 3000   | 4000   | 350    | 3500   | 299.99   | 400.01   | 420    | 4200   |
            1-1.decoration.high-end           | 内装潢                     | 高档装潢         | 450-600 元 /m                  | 10   | m²   | 450  | 600  | 4500   | 6000   | 500    | 5000   | 449.99   | 600.01   | 700    | 7000   |
            1-1.stone-roller-mill             | 石碾、石磨                 | ''               | 100-200 元 / 个                | 2    | 个   | 100  | 200  | 200    | 400    | 150    | 300    | 99.99    | 200.01   | 250    | 500    |
            1-1.gate.standard                 | 大门                       | 普通装修         | 3000-4000 元 / 个              | 1    | 个   | 3000 | 4000 | 3000   | 4000   | 3500   | 3500   | 2999.99  | 4000.01  | 4500   | 4500   |
            1-1.gate.brick-simple             | 大门                       | 砖砌简易大门     | 1500-2000 元 / 个              | 1    | 个   | 1500 | 2000 | 1500   | 2000   | 1800   | 1800   | 1499.99  | 2000.01  | 2100   | 2100   |
            1-1.gate.pillar-simple            | 大门                       | 柱式简易大门无顶 | 1000-1200 元 / 个              | 1    | 个   | 1000 | 1200 | 1000   | 1200   | 1100   | 1100   | 999.99   | 1200.01  | 1300   | 1300   |
            1-1.outdoor-pipe.steel            | 室外上下水管               | 钢管             | 12-25 元 / 米                  | 10   | m    | 12   | 25   | 120    | 250    | 18.5   | 185    | 11.99    | 25.01    | 30     | 300    |
            1-1.outdoor-pipe.plastic          | 室外上下水管               | 塑料管 <4cm      | 8-12 元 / 米                   | 10   | m    | 8    | 12   | 80     | 120    | 10     | 100    | 7.99     | 12.01    | 15     | 150    |
            1-1.tank.earth                    | 蓄水池、粪池(包含所有设备) | 土制             | 30-50 元 /m ²                  | 10   | m²   | 30   | 50   | 300    | 500    | 40     | 400    | 29.99    | 50.01    | 60     | 600    |
            1-1.tank.brick                    | 蓄水池、粪池(包含所有设备) | 砖质             | 50-100 元 /m ²                 | 10   | m²   | 50   | 100  | 500    | 1000   | 75     | 750    | 49.99    | 100.01   | 120    | 1200   |
            1-1.tank.stone                    | 蓄水池、粪池(包含所有设备) | 石质             | 50-100 元 /m                   | 10   | m²   | 50   | 100  | 500    | 1000   | 80     | 800    | 49.99    | 100.01   | 110    | 1100   |
            1-1.tank.concrete                 | 蓄水池、粪池(包含所有设备) | 混凝土           | 100-150 元 /m ²                | 10   | m²   | 100  | 150  | 1000   | 1500   | 125    | 1250   | 99.99    | 150.01   | 160    | 1600   |
            1-1.water-tower.concrete          | 水塔                       | 混凝土           | 100-1200 元 /m ³               | 10   | m³   | 100  | 1200 | 1000   | 12000  | 650    | 6500   | 99.99    | 1200.01  | 1500   | 15000  |
            """;

    /** One row of {@link #RANGE_ROWS}. */
    record RangeRow(String code, String category, String spec, String printed, String quantity, String unit,
                    String low, String high, String lowAmount, String highAmount, String inside, String insideAmount,
                    String justBelow, String justAbove, String outside, String outsideAmount, String measurement) {

        ItemInput input() {
            ItemInput in = ItemInput.of(code, quantity);
            if (measurement != null) {
                String[] kv = measurement.split("=");
                in = in.withMeasurement(kv[0], kv[1]);
            }
            return in;
        }
    }

    static final class RangeRowAggregator implements ArgumentsAggregator {
        @Override
        public RangeRow aggregateArguments(ArgumentsAccessor a, ParameterContext context) {
            return new RangeRow(a.getString(0), a.getString(1), a.getString(2), a.getString(3), a.getString(4),
                    a.getString(5), a.getString(6), a.getString(7), a.getString(8), a.getString(9), a.getString(10),
                    a.getString(11), a.getString(12), a.getString(13), a.getString(14), a.getString(15),
                    a.size() > 16 ? a.getString(16) : null);
        }
    }

    @ParameterizedTest(name = "一(一) {1} {2} {3}:{4} {5} 得 {8}–{9} 元")
    @CsvSource(delimiter = '|', textBlock = RANGE_ROWS)
    @DisplayName("一(一) 区间行,未给评估单价:列出最低额(数量×下限)与最高额(数量×上限),行标为区间")
    void rangeWithoutAppraisal(@AggregateWith(RangeRowAggregator.class) RangeRow r) {
        QuoteLine l = Quotes.line(r.input());
        assertThat(l.section()).isEqualTo("一(一)");
        assertThat(l.category()).isEqualTo(r.category());
        assertThat(l.spec()).isEqualTo(r.spec());
        assertThat(l.printed()).isEqualTo(r.printed());
        assertThat(l.unit()).isEqualTo(r.unit());
        assertUnitPrice(l, r.low(), r.high());
        assertAmount(l, r.lowAmount(), r.highAmount());
        assertThat(l.status()).isEqualTo(LineStatus.RANGE);
    }

    @ParameterizedTest(name = "一(一) 注1 {1} {2} {3}:评估单价 {10} 元,{4} {5} 得 {11} 元")
    @CsvSource(delimiter = '|', textBlock = RANGE_ROWS)
    @DisplayName("一(一) 注1 依最终评估价执行:评估单价在区间内,金额=数量×评估单价,行标为确定金额")
    void appraisedInsideTheRange(@AggregateWith(RangeRowAggregator.class) RangeRow r) {
        QuoteLine l = Quotes.line(r.input().withAppraisal(r.inside(), null));
        assertUnitPrice(l, r.inside(), r.inside());
        assertAmount(l, r.insideAmount());
        assertThat(l.status()).isEqualTo(LineStatus.EXACT);
        assertThat(l.interpretations()).contains("I-23");
    }

    @ParameterizedTest(name = "一(一) 注1 {1} {2} {3}:评估单价恰为 {6} 元得 {8} 元,恰为 {7} 元得 {9} 元")
    @CsvSource(delimiter = '|', textBlock = RANGE_ROWS)
    @DisplayName("一(一) 注1 评估单价恰在区间两端仍属区间之内,无须评估依据")
    void appraisedAtBothEnds(@AggregateWith(RangeRowAggregator.class) RangeRow r) {
        QuoteLine atLow = Quotes.line(r.input().withAppraisal(r.low(), null));
        assertAmount(atLow, r.lowAmount());
        assertThat(atLow.status()).isEqualTo(LineStatus.EXACT);
        QuoteLine atHigh = Quotes.line(r.input().withAppraisal(r.high(), null));
        assertAmount(atHigh, r.highAmount());
        assertThat(atHigh.status()).isEqualTo(LineStatus.EXACT);
    }

    @ParameterizedTest(name = "一(一) 注1 {1} {2} {3}:评估单价 {12} 或 {13} 元而无评估依据,不受理")
    @CsvSource(delimiter = '|', textBlock = RANGE_ROWS)
    @DisplayName("一(一) 注1 评估单价超出区间一分钱且未写评估依据:违反 price-outside-range,指向 items[0].appraisedUnitPrice")
    void appraisedOutsideWithoutReason(@AggregateWith(RangeRowAggregator.class) RangeRow r) {
        for (String price : List.of(r.justBelow(), r.justAbove(), r.outside())) {
            assertThat(Quotes.violations(r.input().withAppraisal(price, null)))
                    .as("appraised %s", price)
                    .extracting(Violation::field, Violation::rule)
                    .containsExactly(tuple("items[0].appraisedUnitPrice", "price-outside-range"));
            assertThat(Quotes.violations(r.input().withAppraisal(price, "  ")))
                    .as("appraised %s with a blank reason", price)
                    .extracting(Violation::rule).containsExactly("price-outside-range");
        }
    }

    @ParameterizedTest(name = "一(一) 注1 {1} {2} {3}:评估单价 {14} 元并注明依据,{4} {5} 得 {15} 元")
    @CsvSource(delimiter = '|', textBlock = RANGE_ROWS)
    @DisplayName("一(一) 注1 评估单价超出区间但注明评估依据:依最终评估价执行,行标为评估价覆盖")
    void appraisedOutsideWithReason(@AggregateWith(RangeRowAggregator.class) RangeRow r) {
        QuoteLine l = Quotes.line(r.input().withAppraisal(r.outside(), "第三方评估报告第12号"));
        assertUnitPrice(l, r.outside(), r.outside());
        assertAmount(l, r.outsideAmount());
        assertThat(l.status()).isEqualTo(LineStatus.OVERRIDDEN);
        assertThat(l.explanation()).contains("第三方评估报告第12号");
    }

    @Test
    @DisplayName("一(一) 注1 只写评估依据而无评估单价:违反 reason-without-price")
    void reasonWithoutPrice() {
        assertThat(Quotes.violations(ItemInput.of("1-1.annex.brick-concrete", "10").withAppraisal(null, "报告")))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].overrideReason", "reason-without-price"));
    }

    // ---- 房屋面积置换 ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(一) 房屋面积置换:正房实测 {0} m²、占地 {1} m²、宅基地证 {2} m² → 正房置换 {3} m²,宅基地置换 {4}×0.4={5} m²")
    @CsvSource(delimiter = '|', textBlock = """
            # 实测面积 | 占地面积 | 宅基地证面积 | 正房置换(1:1) | 宅基地基数(证−占地) | 宅基地置换(×0.4)
            120        | 100      | 200          | 120           | 100                 | 40
            85.5       | 90       | 250          | 85.5          | 160                 | 64
            120        | 95.2     | 180.33       | 120           | 85.13               | 34.05
            120        | 199      | 200          | 120           | 1                   | 0.4
            120        | 200      | 200          | 120           | 0                   | 0
            120        | 201      | 200          | 120           | 0                   | 0
            """)
    @DisplayName("一(一) 房屋面积置换:正房按实测面积1:1;宅基地证面积扣除正房占地后1:0.4,不为负(解释I-19「正方」读作「正房」)")
    void areaSwaps(String measured, String footprint, String certificate, String mainSwap, String basis,
                   String homesteadSwap) {
        Quote q = Quotes.quote(Quotes.household(null,
                new MainHouse(new BigDecimal(measured), new BigDecimal(footprint), new BigDecimal(certificate)),
                List.of(), List.of(), null));
        assertThat(q.areaSwaps()).hasSize(2);
        AreaSwap main = q.areaSwaps().get(0);
        assertThat(main.code()).isEqualTo("1-1.swap.main-house");
        assertThat(main.category()).isEqualTo("房屋面积置换");
        assertThat(main.spec()).isEqualTo("正房");
        assertThat(main.basisAreaM2()).isEqualByComparingTo(measured);
        assertThat(main.ratio()).isEqualByComparingTo("1");
        assertThat(main.swapAreaM2()).isEqualByComparingTo(mainSwap);
        AreaSwap home = q.areaSwaps().get(1);
        assertThat(home.code()).isEqualTo("1-1.swap.homestead");
        assertThat(home.spec()).isEqualTo("宅基地");
        assertThat(home.basisAreaM2()).isEqualByComparingTo(basis);
        assertThat(home.ratio()).isEqualByComparingTo("0.4");
        assertThat(home.swapAreaM2()).isEqualByComparingTo(homesteadSwap);
        // a swap is area, not money: no line, no subtotal, nothing summed
        assertThat(q.lines()).isEmpty();
        assertThat(q.subtotals()).isEmpty();
        assertThat(q.totalMin()).isEqualByComparingTo("0");
        assertThat(q.totalMax()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("一(一) 房屋面积置换:只有正房实测面积(无宅基地证)时只置换正房 96.5 m²")
    void mainHouseSwapOnly() {
        Quote q = Quotes.quote(Quotes.household(null, new MainHouse(new BigDecimal("96.5"), null, null), List.of(),
                List.of(), null));
        assertThat(q.areaSwaps()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("1-1.swap.main-house");
            assertThat(s.swapAreaM2()).isEqualByComparingTo("96.5");
        });
    }

    @ParameterizedTest(name = "一(一) 房屋面积置换:清单行写 {0} 不受理")
    @CsvSource({"1-1.swap.main-house", "1-1.swap.homestead"})
    @DisplayName("一(一) 房屋面积置换由正房信息(mainHouse)计算,作为清单行填写时违反 area-swap-not-an-item")
    void swapCodeIsNotAnItem(String code) {
        assertThat(Quotes.violations(ItemInput.of(code, "100")))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].code", "area-swap-not-an-item"));
    }

    // ---- 歇厦、雨搭 -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "一(一) 歇厦、雨搭 10 m² 连接 {1} {2}({3}):50% 得 {4}–{5} 元")
    @CsvSource(delimiter = '|', textBlock = """
            # 连接房屋编码                   | 种类     | 规格                 | 印刷单价      | 最低额(10×下限×50%) | 最高额(10×上限×50%)
            1-1.annex.brick-wood             | 附属平房 | 砖木结构(含混合结构) | 700           | 3500                | 3500
            1-1.annex.brick-concrete         | 附属平房 | 砖混结构             | 700-800       | 3500                | 4000
            1-1.annex.frame                  | 附属平房 | 框架结构             | 1200          | 6000                | 6000
            1-1.annex.steel                  | 附属平房 | 钢结构               | 1200          | 6000                | 6000
            1-1.cave.brick-stone             | 窑洞     | 砖石窑洞             | 600-700       | 3000                | 3500
            1-1.cave.brick-front             | 窑洞     | 砖接口窑洞           | 400-450       | 2000                | 2250
            1-1.cave.earth                   | 窑洞     | 一般土窑洞           | 350-400       | 1750                | 2000
            1-1.shack.non-residential        | 简易房   | 简易非住房           | 200-300       | 1000                | 1500
            1-1.shack.color-steel            | 简易房   | 彩钢结构             | 250-350       | 1250                | 1750
            1-1.factory.brick-concrete-frame | 企业厂房 | 砖混框架结构         | 1100-1200     | 5500                | 6000
            1-1.factory.frame                | 企业厂房 | 框架结构             | 1200          | 6000                | 6000
            1-1.factory.steel                | 企业厂房 | 钢结构               | 1200          | 6000                | 6000
            """)
    @DisplayName("一(一) 歇厦、雨搭 按链接房屋单位面积补偿标准的50%(解释I-18):所连接房屋为区间时结果亦为区间")
    void porchAndCanopy(String linkedCode, String category, String spec, String printedPrice, String min,
                        String max) {
        QuoteLine l = Quotes.line(ItemInput.of("1-1.porch-canopy", "10").withLink(linkedCode, null));
        assertThat(l.category()).isEqualTo("歇厦、雨搭");
        assertThat(l.printed()).isEqualTo("按链接房屋单位面积补偿标准的 50%补偿");
        assertThat(l.unit()).isEqualTo("m²");
        assertAmount(l, min, max);
        assertThat(l.status()).isEqualTo(min.equals(max) ? LineStatus.EXACT : LineStatus.RANGE);
        assertThat(l.interpretations()).contains("I-18");
        ScheduleItem linked = Quotes.SCHEDULE.item(linkedCode).orElseThrow();
        assertThat(linked.category()).isEqualTo(category);
        assertThat(linked.spec()).isEqualTo(spec);
    }

    @ParameterizedTest(name = "一(一) 歇厦、雨搭 10 m² 连接砖混结构(700-800),该房评估单价 {0} 元 → 50% 得 {1} 元")
    @CsvSource(delimiter = '|', textBlock = """
            700 | 3500
            760 | 3800
            800 | 4000
            """)
    @DisplayName("一(一) 歇厦、雨搭:给出所连接房屋的评估单价(区间内)时按其50%计一个金额")
    void porchWithLinkedUnitPrice(String linkedPrice, String amount) {
        QuoteLine l = Quotes.line(ItemInput.of("1-1.porch-canopy", "10")
                .withLink("1-1.annex.brick-concrete", linkedPrice));
        assertAmount(l, amount);
        assertThat(l.status()).isEqualTo(LineStatus.EXACT);
    }

    @ParameterizedTest(name = "一(一) 歇厦、雨搭 连接砖混结构,该房单价 {0} 元超出700-800:不受理")
    @CsvSource({"699.99", "800.01"})
    @DisplayName("一(一) 歇厦、雨搭:所连接房屋单价超出其印刷区间,违反 price-outside-range,指向 items[0].linkedUnitPrice")
    void porchLinkedPriceOutsideRange(String linkedPrice) {
        assertThat(Quotes.violations(ItemInput.of("1-1.porch-canopy", "10")
                .withLink("1-1.annex.brick-concrete", linkedPrice)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].linkedUnitPrice", "price-outside-range"));
    }

    @ParameterizedTest(name = "一(一) 歇厦、雨搭 连接 {0}({1}):不可链接")
    @CsvSource(delimiter = '|', textBlock = """
            1-1.cave.abandoned          | 废弃窑洞按间计价
            1-1.shack.abandoned         | 废弃简易房按间计价
            1-1.wall.brick              | 围墙不是房屋
            1-1.foundation.stone        | 基础不是房屋
            1-1.porch-canopy            | 歇厦、雨搭本身
            1-1.cellar.brick-stone      | 菜窖分档计价
            1-2.slope.earth             | 一(二)院外建筑
            no.such.code                | 不存在的编码
            """)
    @DisplayName("一(一) 歇厦、雨搭 只能连接附属平房、窑洞、简易房、企业厂房中按m²计价的一行,否则违反 linked-item-not-linkable")
    void porchLinkedToAnUnlinkableRow(String linkedCode, String why) {
        assertThat(Quotes.violations(ItemInput.of("1-1.porch-canopy", "10").withLink(linkedCode, null)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].linkedCode", "linked-item-not-linkable"));
    }

    @Test
    @DisplayName("一(一) 歇厦、雨搭 未指明所连接房屋:违反 linked-item-required")
    void porchWithoutLink() {
        assertThat(Quotes.violations(ItemInput.of("1-1.porch-canopy", "10")))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].linkedCode", "linked-item-required"));
    }

    // ---- 注3 地下室, 注4 门店硬化面积, 注5 有争议的建筑物和土地 -------------------------------------------------

    @ParameterizedTest(name = "一(一) {1} {2}:{3},列为待定事项({4}),不计金额")
    @CsvSource(delimiter = '|', textBlock = """
            # 编码               | 条款        | 种类                   | 条文                             | 处理方式
            1-1.basement         | 一(一) 注3 | 地下室                 | 地下室按照评估金额补偿           | APPRAISAL
            1-1.shopfront-paving | 一(一) 注4 | 门店硬化面积           | 按照协商与评估相结合的原则予以补偿 | NEGOTIATION
            1-1.disputed         | 一(一) 注5 | 有争议的建筑物和土地   | 由凤城镇政府核实后再予以补偿     | VERIFICATION
            """)
    @DisplayName("一(一) 注3–注5:地下室按评估、门店硬化面积协商与评估、有争议的由凤城镇政府核实,均不在本标准计价")
    void pendingNotes(String code, String clause, String category, String words, Mode mode) {
        PendingItem p = Quotes.pending(ItemInput.of(code, "40"));
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.clause()).isEqualTo(clause);
        assertThat(p.category()).isEqualTo(category);
        assertThat(p.mode()).isEqualTo(mode);
        assertThat(p.reason()).isEqualTo(words);
        assertThat(p.quantity()).isEqualByComparingTo("40");
    }

    @Test
    @DisplayName("一(一) 注3–注5 的事项与一行砖木结构10 m²(7000元)同列:小计与合计只含7000元,待定事项不加总")
    void pendingItemsAreNotSummed() {
        Quote q = Quotes.quote(Quotes.household(
                ItemInput.of("1-1.annex.brick-wood", "10"),
                ItemInput.of("1-1.basement", "60"),
                ItemInput.of("1-1.shopfront-paving", "25"),
                ItemInput.of("1-1.disputed", "1")));
        assertThat(q.lines()).hasSize(1);
        assertThat(q.pending()).extracting(PendingItem::code, PendingItem::mode).containsExactly(
                tuple("1-1.basement", Mode.APPRAISAL),
                tuple("1-1.shopfront-paving", Mode.NEGOTIATION),
                tuple("1-1.disputed", Mode.VERIFICATION));
        assertThat(q.subtotals()).singleElement().satisfies(s -> {
            assertThat(s.section()).isEqualTo("一(一)");
            assertThat(s.amountMin()).isEqualByComparingTo("7000");
            assertThat(s.amountMax()).isEqualByComparingTo("7000");
        });
        assertThat(q.totalMin()).isEqualByComparingTo("7000");
        assertThat(q.totalMax()).isEqualByComparingTo("7000");
    }

    @Test
    @DisplayName("一(一) 注3 地下室按评估金额补偿,本标准不定单价:填写评估单价违反 no-price-for-pending-item")
    void pendingItemTakesNoUnitPrice() {
        assertThat(Quotes.violations(ItemInput.of("1-1.basement", "60").withAppraisal("500", null)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items[0].appraisedUnitPrice", "no-price-for-pending-item"));
    }

    // ---- the section subtotal -------------------------------------------------------------------------------

    @Test
    @DisplayName("一(一) 小计 = 各行金额之和:十二行手算最低 61721.11 元、最高 64996.11 元,地下室不计入")
    void sectionSubtotalIsTheSumOfItsLines() {
        Quote q = Quotes.quote(Quotes.household(
                ItemInput.of("1-1.annex.brick-wood", "20"),                              // 20 × 700 = 14000
                ItemInput.of("1-1.annex.brick-concrete", "30").withRef("2"),             // 30 × 700–800 = 21000–24000
                ItemInput.of("1-1.annex.brick-concrete", "15").withRef("3")
                        .withAppraisal("760", null),                                     // 15 × 760 = 11400
                ItemInput.of("1-1.porch-canopy", "6").withLink("1-1.annex.brick-wood", null), // 6 × 700 × 50% = 2100
                ItemInput.of("1-1.cellar.brick-stone", "8").withMeasurement("depthM", "1.6"), // 8 × 170 = 1360
                ItemInput.of("1-1.heating-boiler", "1").withMeasurement("heatedAreaM2", "150"), // 2650
                ItemInput.of("1-1.hand-dug-well", "1").withMeasurement("depthM", "12"),  // 5000
                ItemInput.of("1-1.stairs.brick-steps", "4").withDecoration("25"),        // 4 × 50–60 × 1.25 = 250–300
                ItemInput.of("1-1.foundation.unfinished-brick", "12.5")
                        .withMeasurement("heightM", "0.6"),                              // 12.5 × 120–150 × 0.6 = 900–1125
                ItemInput.of("1-1.kang.tiled", "2"),                                     // 2 × 1000 = 2000
                ItemInput.of("1-1.utility.broadband", "1"),                              // 950
                ItemInput.of("1-1.outdoor-pipe.plastic", "12.345")
                        .withAppraisal("9", null),                                       // 12.345 × 9 = 111.105 → 111.11
                ItemInput.of("1-1.basement", "60")));                                    // pending: not summed
        // min: 14000 + 21000 + 11400 + 2100 + 1360 + 2650 + 5000 + 250 + 900 + 2000 + 950 + 111.11 = 61721.11
        // max: 14000 + 24000 + 11400 + 2100 + 1360 + 2650 + 5000 + 300 + 1125 + 2000 + 950 + 111.11 = 64996.11
        assertThat(q.lines()).hasSize(12);
        assertThat(q.pending()).hasSize(1);
        Subtotal s = q.subtotals().get(0);
        assertThat(q.subtotals()).hasSize(1);
        assertThat(s.section()).isEqualTo("一(一)");
        assertThat(s.title()).isEqualTo("房屋、附属设施");
        assertThat(s.amountMin()).isEqualByComparingTo("61721.11");
        assertThat(s.amountMax()).isEqualByComparingTo("64996.11");
        assertThat(q.totalMin()).isEqualByComparingTo("61721.11");
        assertThat(q.totalMax()).isEqualByComparingTo("64996.11");
        // and line by line, as computed in the comments above
        assertThat(q.lines()).extracting(l -> l.amountMin().toPlainString() + "–" + l.amountMax().toPlainString())
                .containsExactly("14000.00–14000.00", "21000.00–24000.00", "11400.00–11400.00", "2100.00–2100.00",
                        "1360.00–1360.00", "2650.00–2650.00", "5000.00–5000.00", "250.00–300.00", "900.00–1125.00",
                        "2000.00–2000.00", "950.00–950.00", "111.11–111.11");
    }

    // ---- completeness ----------------------------------------------------------------------------------------

    /** Rows of 一(一) tested outside the two tables above (here or in S11FacilitiesTest). */
    static final List<String> SPECIAL_ROWS = List.of(
            "1-1.swap.main-house", "1-1.swap.homestead", "1-1.porch-canopy",
            "1-1.paving.concrete", "1-1.paving.rubble", "1-1.paving.tile",
            "1-1.cellar.brick-stone", "1-1.cellar.earth", "1-1.heating-boiler", "1-1.hand-dug-well",
            "1-1.well.steel-pipe", "1-1.basement", "1-1.shopfront-paving", "1-1.disputed");

    @Test
    @DisplayName("一(一) 每一行都有测试:定额表、区间表与特殊行合起来正是数据文件中全部以1-1.开头的编码")
    void everyRowOfTheSectionIsCovered() {
        Set<String> tested = new TreeSet<>(SPECIAL_ROWS);
        tested.addAll(codesOf(FIXED_ROWS));
        tested.addAll(codesOf(RANGE_ROWS));
        Set<String> inSchedule = Quotes.SCHEDULE.items().stream().map(ScheduleItem::code)
                .filter(c -> c.startsWith("1-1.")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(tested).isEqualTo(inSchedule);
        assertThat(tested).hasSize(92); // 40 fixed + 38 ranges + 14 special rows
    }

    private static List<String> codesOf(String table) {
        return Arrays.stream(table.split("\n")).map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                .map(s -> s.substring(0, s.indexOf('|')).strip()).toList();
    }
}
