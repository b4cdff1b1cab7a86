package cn.wenshui.compensation.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("个人信息遮蔽规则(《个人信息保护法》):姓名、身份证号、电话、银行账号")
class MaskingTest {

    @Test
    @DisplayName("姓名:两字 张* ,三字 张*三,更长 首字+*+末字,一字 *")
    void names() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("张小三")).isEqualTo("张*三");
        assertThat(Masking.name("欧阳小娜")).isEqualTo("欧*娜");
        assertThat(Masking.name("阿依古丽·买买提")).isEqualTo("阿*提");
        assertThat(Masking.name("张")).isEqualTo("*");
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.name("𠮷田")).as("a character outside the BMP is kept whole").isEqualTo("𠮷*");
    }

    @Test
    @DisplayName("身份证号:保留前6位与后4位")
    void idNumbers() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masking.idNumber("141122198001011230")).isEqualTo("141122********1230");
        assertThat(Masking.idNumber("1234567890")).isEqualTo("**********");
    }

    @Test
    @DisplayName("电话:保留前3位与后4位;银行账号:只保留后4位")
    void phonesAndAccounts() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("0358-1234567")).isEqualTo("035*****4567");
        assertThat(Masking.bankAccount("6222021234567890123")).isEqualTo("***************0123");
        assertThat(Masking.bankAccount("1234")).isEqualTo("****");
    }

    private static final Gen<String> NAMES = lists().of(integers().between(0x4E00, 0x9FA5)).ofSizeBetween(2, 8)
            .map(cps -> cps.stream().map(Character::toString).collect(Collectors.joining()));

    @Test
    @DisplayName("性质:两字及以上的姓名,遮蔽结果从不包含完整姓名")
    void maskedNameNeverHoldsTheName() {
        qt().withExamples(2000).forAll(NAMES).checkAssert(n -> {
            assertThat(Masking.name(n)).doesNotContain(n);
            assertThat(Masking.name(n).codePoints().filter(c -> c != '*').count()).isLessThanOrEqualTo(2);
        });
        qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(2, 12).assuming(s -> !s.isBlank()
                && s.strip().codePointCount(0, s.strip().length()) >= 2 && !s.contains("*")))
                .checkAssert(n -> assertThat(Masking.name(n)).doesNotContain(n.strip()));
    }

    @Test
    @DisplayName("性质:遮蔽后的身份证号从不包含完整号码,且只露出前6后4")
    void maskedIdNeverHoldsTheId() {
        Gen<String> ids = lists().of(integers().between(0, 9)).ofSize(17)
                .map(ds -> ds.stream().map(String::valueOf).collect(Collectors.joining())).zip(integers().between(0, 10),
                (body, last) -> body + (last == 10 ? "X" : Integer.toString(last)));
        qt().withExamples(2000).forAll(ids).checkAssert(id -> {
            String masked = Masking.idNumber(id);
            assertThat(masked).doesNotContain(id).hasSize(18)
                    .startsWith(id.substring(0, 6)).endsWith(id.substring(14)).contains("********");
        });
    }
}
