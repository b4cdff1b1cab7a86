package cn.wenshui.compensation.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("人民币大写金额")
class ChineseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // the edge cases of the brief
            "0, 零元整",
            "0.00, 零元整",
            "10, 壹拾元整",
            "100.05, 壹佰元零伍分",
            "1001, 壹仟零壹元整",
            "10000.10, 壹万元零壹角整",
            "91274.00, 玖万壹仟贰佰柒拾肆元整",
            "100000000, 壹亿元整",
            // the README's household and the workbench's browser test
            "96274.00, 玖万陆仟贰佰柒拾肆元整",
            "94274.00, 玖万肆仟贰佰柒拾肆元整",
            "12000.00, 壹万贰仟元整",
            // tens are always 壹拾, inside and at the head of a section
            "16, 壹拾陆元整",
            "110, 壹佰壹拾元整",
            "100000, 壹拾万元整",
            "150000, 壹拾伍万元整",
            // one 零 for a run of zeros; none at the end of a section
            "1010, 壹仟零壹拾元整",
            "1100, 壹仟壹佰元整",
            "100100, 壹拾万零壹佰元整",
            "1010000, 壹佰零壹万元整",
            "10001, 壹万零壹元整",
            "10010, 壹万零壹拾元整",
            "10100, 壹万零壹佰元整",
            "11000, 壹万壹仟元整",
            "100010000, 壹亿零壹万元整",
            "110000000, 壹亿壹仟万元整",
            "100000001, 壹亿零壹元整",
            "1000000000000, 壹万亿元整",
            "123456789012.34, 壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分",
            // 角 and 分 (examples of the settlement rules)
            "1680.32, 壹仟陆佰捌拾元零叁角贰分",
            "16409.02, 壹万陆仟肆佰零玖元零贰分",
            "107000.53, 壹拾万柒仟元零伍角叁分",
            "325.04, 叁佰贰拾伍元零肆分",
            "1.50, 壹元伍角整",
            "1.55, 壹元伍角伍分",
            "0.05, 伍分",
            "0.50, 伍角整",
            "0.55, 伍角伍分",
            "0.01, 壹分",
            // rounding to the fen, half up
            "0.005, 壹分",
            "0.004, 零元整",
            "99.999, 壹佰元整"
    })
    void capitals(String amount, String expected) {
        assertThat(ChineseAmount.of(new BigDecimal(amount))).isEqualTo(expected);
    }

    @Test
    @DisplayName("负数以「负」开头;科学计数法与多余小数位不影响结果")
    void signAndScale() {
        assertThat(ChineseAmount.of(new BigDecimal("-10.5"))).isEqualTo("负壹拾元零伍角整");
        assertThat(ChineseAmount.of(new BigDecimal("1E+8"))).isEqualTo("壹亿元整");
        assertThat(ChineseAmount.of(new BigDecimal("91274.0000"))).isEqualTo("玖万壹仟贰佰柒拾肆元整");
    }

    @Test
    @DisplayName("空值被拒绝")
    void nullRefused() {
        assertThatThrownBy(() -> ChineseAmount.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("每个一万以内的整数:不出现「零零」、不以零开头或结尾、壹拾开头")
    void wellFormedUpToTenThousand() {
        for (int i = 1; i < 10_000; i++) {
            String s = ChineseAmount.of(BigDecimal.valueOf(i));
            assertThat(s).doesNotContain("零零").doesNotStartWith("零").doesNotStartWith("拾")
                    .doesNotContain("零元").endsWith("元整");
        }
    }
}
