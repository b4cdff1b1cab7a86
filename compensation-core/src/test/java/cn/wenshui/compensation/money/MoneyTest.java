package cn.wenshui.compensation.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("金额与金额区间(Money)及其唯一的格式(MoneyFormat)")
class MoneyTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    @DisplayName("区间的两端各自相乘、相加、取较大者;取整只在 toFen,到分,四舍五入")
    void arithmeticIsExactAndRoundingExplicit() {
        Money price = Money.between(d("700"), d("800"));
        assertThat(price.times(d("12.345"))).isEqualTo(Money.between(d("8641.500"), d("9876.000")));
        assertThat(price.plus(d("10"))).isEqualTo(Money.between(d("710"), d("810")));
        assertThat(price.plus(Money.of(d("0.5")))).isEqualTo(Money.between(d("700.5"), d("800.5")));
        assertThat(Money.between(d("186"), d("186")).atLeast(Money.of(d("200")))).isEqualTo(Money.of(d("200")));
        assertThat(Money.of(d("0.125")).toFen()).isEqualTo(Money.of(d("0.13")));
        assertThat(Money.of(d("1.5")).isExact()).isTrue();
        assertThat(Money.between(d("1.50"), d("1.5")).isExact()).isTrue();
        assertThat(price.isExact()).isFalse();
        assertThat(Money.ZERO.min()).isEqualTo(d("0.00"));
    }

    @Test
    @DisplayName("区间从小到大:最低额大于最高额即为错误")
    void aRangeRunsUpwards() {
        assertThatThrownBy(() -> Money.between(d("800"), d("700"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("说明中的金额:整元不带小数,否则到分;区间以「-」相连")
    void explanationFigures() {
        assertThat(MoneyFormat.yuan(d("334.00"))).isEqualTo("334");
        assertThat(MoneyFormat.yuan(d("333.9"))).isEqualTo("333.90");
        assertThat(MoneyFormat.yuan(d("1E+3"))).isEqualTo("1000");
        assertThat(MoneyFormat.yuan(Money.between(d("333.9"), d("445.2")))).isEqualTo("333.90-445.20");
        assertThat(MoneyFormat.number(d("12.50"))).isEqualTo("12.5");
    }

    @Test
    @DisplayName("页面与表格中的金额:千分位、两位小数;区间以「 – 」相连;图中万元")
    void pageFigures() {
        assertThat(MoneyFormat.grouped(d("91274"))).isEqualTo("91,274.00");
        assertThat(MoneyFormat.grouped(null)).isEmpty();
        assertThat(MoneyFormat.grouped(d("35000"), d("40000"))).isEqualTo("35,000.00 – 40,000.00");
        assertThat(MoneyFormat.grouped(d("35000"), d("35000.00"))).isEqualTo("35,000.00");
        assertThat(MoneyFormat.plain(d("700"), d("800"))).isEqualTo("700 – 800");
        assertThat(MoneyFormat.plain(null, null)).isEqualTo("—");
        assertThat(MoneyFormat.wan(d("50000"))).isEqualTo("5万");
        assertThat(MoneyFormat.wan(d("12500"))).isEqualTo("1.25万");
        assertThat(MoneyFormat.wan(d("800.00"))).isEqualTo("800");
        assertThat(MoneyFormat.wan(d("1250.5"))).isEqualTo("1,250.50");
    }
}
