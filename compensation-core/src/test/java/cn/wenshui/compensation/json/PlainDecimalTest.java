package cn.wenshui.compensation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON:十进制数的快速书写与 BigDecimal.toPlainString 逐字相同")
class PlainDecimalTest {
    private static String plain(BigDecimal v) {
        char[] buf = new char[PlainDecimal.BUFFER];
        int len = PlainDecimal.write(v, buf);
        return len < 0 ? v.toPlainString() : new String(buf, 0, len);
    }

    @Test
    @DisplayName("边界值:0、0.00、负数、18 位、指数为负、超过 18 位(交给 JDK)")
    void edges() {
        for (String s : new String[] {"0", "0.00", "-0.00", "0.05", "-0.05", "12000.00", "700", "1E+3", "0E+2",
                "999999999999999999", "-999999999999999999", "0.999999999999999999", "1000000000000000000",
                "9223372036854775807", "123456789.123456789", "1E-18", "1E-19", "-1", "35000.00", "0.5"}) {
            BigDecimal v = new BigDecimal(s);
            assertThat(plain(v)).as(s).isEqualTo(v.toPlainString());
        }
    }

    @Test
    @DisplayName("二十万个随机值(各种位数与小数位)")
    void random() {
        Random r = new Random(20230520);
        for (int i = 0; i < 200_000; i++) {
            BigInteger unscaled = new BigInteger(1 + r.nextInt(70), r);
            if (r.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            BigDecimal v = new BigDecimal(unscaled, r.nextInt(24) - 3);
            assertThat(plain(v)).as("%s", v).isEqualTo(v.toPlainString());
        }
    }
}
