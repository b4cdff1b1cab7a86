package cn.wenshui.compensation.section;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.Subtotal;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.testing.Quotes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 四、空闲的宅基地补偿:由凤城镇人民政府会同有关部门提出意见,报县城市建设指挥部审定. The regulation prints no amount,
 * so the engine lists the item as pending (mode COMMITTEE) and never sums it.
 */
@DisplayName("四 空闲的宅基地补偿:报县城市建设指挥部审定,不计金额")
class S4IdleHomesteadTest {

    static final String IDLE = "4.idle-homestead";

    @Test
    @DisplayName("四 空闲的宅基地:列为待定事项,方式为「报县城市建设指挥部审定」,理由为印刷原文")
    void pendingForTheCommittee() {
        PendingItem p = Quotes.pending(ItemInput.of(IDLE, "1"));
        assertThat(p.code()).isEqualTo(IDLE);
        assertThat(p.section()).isEqualTo("四");
        assertThat(p.category()).isEqualTo("空闲的宅基地");
        assertThat(p.mode()).isEqualTo(Mode.COMMITTEE);
        assertThat(p.modeZh()).isEqualTo("报县城市建设指挥部审定");
        assertThat(p.reason()).isEqualTo("由凤城镇人民政府会同有关部门提出意见,报县城市建设指挥部审定");
        assertThat(p.quantity()).isEqualByComparingTo("1");
        assertThat(p.unit()).isEqualTo("处");
    }

    @Test
    @DisplayName("四 空闲的宅基地不计入合计:附属平房砖木结构 10m²×700=7000 元加一处空闲宅基地,合计仍为 7000 元")
    void neverInTotals() {
        Quote q = Quotes.quote(Quotes.household(ItemInput.of("1-1.annex.brick-wood", "10"), ItemInput.of(IDLE, "1")));
        assertThat(q.lines()).extracting(l -> l.code()).containsExactly("1-1.annex.brick-wood");
        assertThat(q.pending()).extracting(PendingItem::code).containsExactly(IDLE);
        assertThat(q.subtotals()).extracting(Subtotal::section).containsExactly("一(一)").doesNotContain("四");
        assertThat(q.totalMin()).isEqualByComparingTo("7000");
        assertThat(q.totalMax()).isEqualByComparingTo("7000");
    }

    @Test
    @DisplayName("四 只有空闲的宅基地:没有金额行,合计 0 元")
    void onlyIdleHomestead() {
        Quote q = Quotes.quote(Quotes.household(ItemInput.of(IDLE, "2")));
        assertThat(q.lines()).isEmpty();
        assertThat(q.subtotals()).isEmpty();
        assertThat(q.totalMin()).isEqualByComparingTo("0");
        assertThat(q.totalMax()).isEqualByComparingTo("0");
        assertThat(q.pending()).singleElement().satisfies(p -> {
            assertThat(p.mode()).isEqualTo(Mode.COMMITTEE);
            assertThat(p.quantity()).isEqualByComparingTo("2");
        });
    }

    @Test
    @DisplayName("四 空闲的宅基地可不填数量:仍列为待定事项")
    void quantityOptional() {
        ItemInput noQuantity = new ItemInput(null, IDLE, null, null, null, null, null, null, null, null, null, null);
        PendingItem p = Quotes.pending(noQuantity);
        assertThat(p.mode()).isEqualTo(Mode.COMMITTEE);
        assertThat(p.quantity()).isNull();
    }

    @Test
    @DisplayName("四 空闲的宅基地不接受评估单价:本标准不定单价(no-price-for-pending-item)")
    void noUnitPrice() {
        var v = Quotes.violations(ItemInput.of(IDLE, "1").withAppraisal("5000", null));
        assertThat(v).anySatisfy(x -> {
            assertThat(x.rule()).isEqualTo("no-price-for-pending-item");
            assertThat(x.field()).isEqualTo("items[0].appraisedUnitPrice");
        });
    }

    @Test
    @DisplayName("四 空闲的宅基地数量须大于0")
    void quantityMustBePositive() {
        var v = Quotes.violations(ItemInput.of(IDLE, "0"));
        assertThat(v).extracting(x -> x.rule()).contains("must-be-positive");
        assertThat(v).extracting(x -> x.field()).contains("items[0].quantity");
    }
}
