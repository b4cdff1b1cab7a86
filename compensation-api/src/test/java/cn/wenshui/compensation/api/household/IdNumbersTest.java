package cn.wenshui.compensation.api.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GB 11643-1999 居民身份证号码:出生日期与 ISO 7064 MOD 11-2 校验码")
class IdNumbersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    @DisplayName("国家标准附录的示例 11010519491231002X 及本县(141122)号码:校验通过,含末位 X")
    void validSamples() {
        assertThat(IdNumbers.fault("11010519491231002X", TODAY)).isNull();
        assertThat(IdNumbers.fault("32010619900307331X", TODAY)).isNull();
        assertThat(IdNumbers.fault("141122198001011230", TODAY)).isNull();
        assertThat(IdNumbers.fault("141122197506300041", TODAY)).isNull();
        assertThat(IdNumbers.fault("141122200002290016", TODAY)).as("2000-02-29 exists").isNull();
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    @DisplayName("校验码错一位:拒绝(check digit)")
    void wrongCheckDigit() {
        assertThat(IdNumbers.fault("110105194912310021", TODAY)).isEqualTo(IdNumbers.Fault.CHECK_DIGIT);
        assertThat(IdNumbers.fault("141122198001011231", TODAY)).isEqualTo(IdNumbers.Fault.CHECK_DIGIT);
        // one digit of the body changed, check character kept
        assertThat(IdNumbers.fault("141122198001011330", TODAY)).isEqualTo(IdNumbers.Fault.CHECK_DIGIT);
    }

    @Test
    @DisplayName("出生日期不存在或在将来:拒绝(birth date)")
    void badBirthDate() {
        assertThat(IdNumbers.fault("141122199002300010", TODAY)).isEqualTo(IdNumbers.Fault.BIRTH_DATE);
        assertThat(IdNumbers.fault("141122199013010010", TODAY)).isEqualTo(IdNumbers.Fault.BIRTH_DATE);
        assertThat(IdNumbers.fault("141122199902290010", TODAY)).as("1999 no leap year")
                .isEqualTo(IdNumbers.Fault.BIRTH_DATE);
        assertThat(IdNumbers.fault("141122203001010010", TODAY)).isEqualTo(IdNumbers.Fault.BIRTH_DATE);
    }

    @Test
    @DisplayName("长度不是18位、含字母或小写 x:拒绝")
    void shapeRules() {
        assertThat(IdNumbers.fault("14112219800101123", TODAY)).isEqualTo(IdNumbers.Fault.LENGTH);
        assertThat(IdNumbers.fault("141122800101123", TODAY)).as("old 15-digit numbers are not taken")
                .isEqualTo(IdNumbers.Fault.LENGTH);
        assertThat(IdNumbers.fault("1411221980A1011230", TODAY)).isEqualTo(IdNumbers.Fault.CHARACTERS);
        assertThat(IdNumbers.fault("11010519491231002x", TODAY)).as("callers upper-case first")
                .isEqualTo(IdNumbers.Fault.CHARACTERS);
    }
}
