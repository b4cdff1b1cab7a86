package cn.wenshui.compensation.diff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.json.JsonSettings;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.testing.Quotes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The difference of two quotes of one household, on real quotes from the engine. Amounts are the regulation's:
 * 一(一) 附属平房 砖木结构 700 元/m²; 菜窖 砖石 深1.2m以下 90 元/m², 1.2-1.5米 130 元/m²; 一(二) 杂棚 30-40 元/m²;
 * 三(一) ≤30m² 300 元, >30m² 10 元/m²; 三(二) 30m² 200 元/月 × 24 个月.
 */
@DisplayName("两次报价之差(更正前后逐行对比,解释I-50、I-51)")
class QuoteDiffTest {
    private static final ItemInput ANNEX = ItemInput.of("1-1.annex.brick-wood", "10").withRef("A1");
    private static final ItemInput CELLAR = ItemInput.of("1-1.cellar.brick-stone", "10")
            .withMeasurement("depthM", "1.0").withRef("A2");
    private static final ItemInput SHED = ItemInput.of("1-2.shed", "10").withRef("A3");

    private static Quote quote(BigDecimal area, ItemInput... items) {
        return Quotes.quote(Quotes.household(area, null, List.of(items), List.of(), null));
    }

    private static Quote quote(ItemInput... items) {
        return quote(null, items);
    }

    private static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    @Test
    @DisplayName("同一报价与自身相比:没有任何差异")
    void sameQuoteHasNoDifference() {
        Quote q = quote(ANNEX, CELLAR, SHED);
        QuoteDiff d = QuoteDiff.between(q, quote(ANNEX, CELLAR, SHED));
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.counts()).isEqualTo(new QuoteDiff.Counts(0, 0, 0, 3));
        assertThat(d.changedLines()).isEmpty();
    }

    @Test
    @DisplayName("一(一) 附属平房 砖木结构 10m² 改为 12m²:700×10=7000 → 700×12=8400 元,该行变更,差额 1400 元")
    void quantityChanged() {
        QuoteDiff d = QuoteDiff.between(quote(ANNEX, CELLAR),
                quote(ItemInput.of("1-1.annex.brick-wood", "12").withRef("A1"), CELLAR));
        assertThat(d.counts()).isEqualTo(new QuoteDiff.Counts(0, 0, 1, 1));
        QuoteDiff.LineDiff l = d.changedLines().get(0);
        assertThat(l.change()).isEqualTo(Change.CHANGED);
        assertThat(l.ref()).isEqualTo("A1");
        assertThat(l.changedFields()).contains("quantity", "amountMin", "amountMax")
                .doesNotContain("unitPriceMin", "unitPriceMax", "status");
        assertThat(l.before().amountMin()).isEqualByComparingTo("7000");
        assertThat(l.after().amountMin()).isEqualByComparingTo("8400");
        assertThat(l.amountDifference().min()).isEqualByComparingTo("1400");
        assertThat(l.amountDifference().max()).isEqualByComparingTo("1400");
        // 7000 + 900 → 8400 + 900
        assertThat(d.totalBefore().min()).isEqualByComparingTo("7900");
        assertThat(d.totalAfter().min()).isEqualByComparingTo("9300");
        assertThat(d.totalDifference()).isEqualTo(new Delta(yuan("1400.00"), yuan("1400.00")));
    }

    @Test
    @DisplayName("新增一行 菜窖 砖石 10m² 深1.0米:90×10=900 元,列为新增,合计增加 900 元")
    void lineAdded() {
        QuoteDiff d = QuoteDiff.between(quote(ANNEX), quote(ANNEX, CELLAR));
        assertThat(d.counts()).isEqualTo(new QuoteDiff.Counts(1, 0, 0, 1));
        QuoteDiff.LineDiff l = d.changedLines().get(0);
        assertThat(l.change()).isEqualTo(Change.ADDED);
        assertThat(l.before()).isNull();
        assertThat(l.after().amountMin()).isEqualByComparingTo("900");
        assertThat(l.amountDifference().min()).isEqualByComparingTo("900");
        assertThat(d.totalDifference().min()).isEqualByComparingTo("900");
        assertThat(d.subtotals()).allSatisfy(s -> assertThat(s.section()).isNotBlank());
    }

    @Test
    @DisplayName("删除一行 附属平房 10m²:减少 7000 元,删除行排在原位置")
    void lineRemoved() {
        QuoteDiff d = QuoteDiff.between(quote(CELLAR, ANNEX, SHED), quote(CELLAR, SHED));
        assertThat(d.lines()).extracting(QuoteDiff.LineDiff::ref).containsExactly("A2", "A1", "A3");
        QuoteDiff.LineDiff l = d.lines().get(1);
        assertThat(l.change()).isEqualTo(Change.REMOVED);
        assertThat(l.after()).isNull();
        assertThat(l.amountDifference().min()).isEqualByComparingTo("-7000");
        assertThat(d.totalDifference().min()).isEqualByComparingTo("-7000");
        assertThat(d.totalDifference().max()).isEqualByComparingTo("-7000");
    }

    @Test
    @DisplayName("一(一) 菜窖 砖石 深度 1.0 改为 1.3 米:从「深1.2m以下」90 元/m² 移到「1.2米-1.5米」130 元/m²,900 → 1300 元")
    void measurementMovesTier() {
        QuoteDiff d = QuoteDiff.between(quote(CELLAR),
                quote(ItemInput.of("1-1.cellar.brick-stone", "10").withMeasurement("depthM", "1.3").withRef("A2")));
        QuoteDiff.LineDiff l = d.lines().get(0);
        assertThat(l.change()).isEqualTo(Change.CHANGED);
        assertThat(l.changedFields()).contains("unitPriceMin", "unitPriceMax", "amountMin", "amountMax",
                "explanation").doesNotContain("quantity");
        assertThat(l.before().unitPriceMin()).isEqualByComparingTo("90");
        assertThat(l.after().unitPriceMin()).isEqualByComparingTo("130");
        assertThat(l.amountDifference().min()).isEqualByComparingTo("400");
    }

    @Test
    @DisplayName("一(二) 杂棚 30-40 元/m²:10m² 改为 20m²,300-400 → 600-800 元,最低端增加 300 元、最高端增加 400 元(解释I-51)")
    void rangeMovesEndByEnd() {
        QuoteDiff d = QuoteDiff.between(quote(SHED), quote(ItemInput.of("1-2.shed", "20").withRef("A3")));
        QuoteDiff.LineDiff l = d.lines().get(0);
        assertThat(l.amountDifference().min()).isEqualByComparingTo("300");
        assertThat(l.amountDifference().max()).isEqualByComparingTo("400");
        assertThat(d.totalDifference().isExact()).isFalse();
    }

    @Test
    @DisplayName("三(一)、三(二) 建筑面积 30 改为 31m²:搬迁补助 300 → 310 元,临时安置补助 200×24=4800 → 4464 元")
    void subsidiesFollowTheArea() {
        QuoteDiff d = QuoteDiff.between(quote(yuan("30"), ANNEX), quote(yuan("31"), ANNEX));
        QuoteDiff.LineDiff moving = d.lines().stream().filter(l -> "三(一)".equals(l.section())).findFirst()
                .orElseThrow();
        assertThat(moving.change()).isEqualTo(Change.CHANGED);
        assertThat(moving.before().amountMin()).isEqualByComparingTo("300");
        assertThat(moving.after().amountMin()).isEqualByComparingTo("310");
        QuoteDiff.LineDiff settlement = d.lines().stream().filter(l -> "三(二)".equals(l.section())).findFirst()
                .orElseThrow();
        assertThat(settlement.before().amountMin()).isEqualByComparingTo("4800");
        assertThat(settlement.after().amountMin()).isEqualByComparingTo("4464");
        // 10 - 336
        assertThat(d.totalDifference().min()).isEqualByComparingTo("-326");
        assertThat(d.subtotals()).filteredOn(s -> s.section().equals("三(二)")).singleElement()
                .satisfies(s -> assertThat(s.difference().min()).isEqualByComparingTo("-336"));
    }

    @Test
    @DisplayName("解释I-50:同一清单行编号改选另一表行,按删除一行、新增一行列出")
    void sameRefOtherRowIsRemovedAndAdded() {
        QuoteDiff d = QuoteDiff.between(quote(ANNEX),
                quote(ItemInput.of("1-1.cellar.brick-stone", "10").withMeasurement("depthM", "1.0").withRef("A1")));
        assertThat(d.lines()).extracting(QuoteDiff.LineDiff::change).containsExactly(Change.REMOVED, Change.ADDED);
        assertThat(d.counts()).isEqualTo(new QuoteDiff.Counts(1, 1, 0, 0));
        assertThat(d.totalDifference().min()).isEqualByComparingTo("-6100");
    }

    @Test
    @DisplayName("解释I-50:没有清单行编号时按代码及其出现次序配对")
    void withoutRefsLinesPairByPosition() {
        Household a = Quotes.household(ItemInput.of("1-1.annex.brick-wood", "10"), ItemInput.of("1-2.shed", "10"));
        Household b = Quotes.household(ItemInput.of("1-1.annex.brick-wood", "11"), ItemInput.of("1-2.shed", "10"));
        QuoteDiff d = QuoteDiff.between(Quotes.quote(a), Quotes.quote(b));
        assertThat(d.counts()).isEqualTo(new QuoteDiff.Counts(0, 0, 1, 1));
    }

    @Test
    @DisplayName("差异的JSON:金额按原样的十进制写出,不用浮点")
    void jsonKeepsExactAmounts() throws Exception {
        ObjectMapper m = JsonSettings.apply(new ObjectMapper());
        QuoteDiff d = QuoteDiff.between(quote(ANNEX), quote(ItemInput.of("1-1.annex.brick-wood", "10.01").withRef("A1")));
        String json = m.writeValueAsString(d);
        assertThat(json).contains("\"totalDifference\":{\"min\":7.00,\"max\":7.00}");
        JsonNode n = m.readTree(json);
        assertThat(n.at("/lines/0/change").asText()).isEqualTo("CHANGED");
        assertThat(n.at("/lines/0/after/amountMin").decimalValue()).isEqualByComparingTo("7007.00");
        assertThat(n.at("/counts/changed").asInt()).isEqualTo(1);
    }
}
