package cn.wenshui.compensation.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.testing.Quotes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The switchable readings of ambiguous or damaged text (docs/interpretations.md). A deployment names a
 * switch by its key and an option by its name; anything else is refused loudly, never silently defaulted.
 */
@DisplayName("解释开关(Readings):17个可切换的解释,默认取第一个选项,报价单记录所用选项")
class ReadingsTest {

    /** The seventeen switches, in the order a quote lists them: key | default (first option) | the other options. */
    private static final String SWITCHES = """
            tier-boundary-point          | LOWER_TIER         | UPPER_TIER
            tier-gap                     | JOIN_UPPER         | JOIN_LOWER
            blank-cell                   | CARRY_FORWARD      | APPRAISAL MERGED_WITH_BELOW
            timber-increment             | BEYOND_TOP_TIER    | WITHIN_TIERS LINEAR_FROM_THRESHOLD
            machine-well-beyond-200m     | WHOLE_DEPTH        | MARGINAL PLUS_100_PER_EXTRA_METRE
            livestock-shed-column-height | PER_METRE          | PER_DECIMETRE FLAT_ABOVE_2M
            subsidy-cliff                | LITERAL            | NO_LESS_THAN_FLAT
            incentive-day-count          | START_IS_DAY_0     | START_IS_DAY_1
            per-metre-units              | AREA               | AS_PRINTED
            unpriced-merged-rows         | SHARE_MERGED_PRICE | APPRAISAL
            stair-surcharge-scope        | ALL_STAIR_ROWS     | BRICK_STEPS_ONLY
            incentive-moved-before-start | WITHIN_30_DAYS     | REFER_TO_TOWN
            incentive-deadline-holiday   | CALENDAR_DAYS      | NEXT_WORKING_DAY
            incentive-instalments        | LAST_INSTALMENT    | FIRST_INSTALMENT
            outside-facilities           | MONEY_AS_PRINTED   | FUNCTION_RESTORATION
            plastic-pipe-4cm             | APPRAISAL          | PRINTED_PRICE
            footprint-over-certificate   | TOWN_VERIFICATION  | SWAP_ZERO
            """;

    private static Map<String, String> defaultsAsWritten() {
        Map<String, String> m = new LinkedHashMap<>();
        SWITCHES.lines().map(l -> l.split("\\|")).forEach(c -> m.put(c[0].trim(), c[1].trim()));
        return m;
    }

    @Test
    @DisplayName("默认解释:asMap() 按固定顺序列出全部17个开关,每个取其第一个选项(I-01 LOWER_TIER … I-45 TOWN_VERIFICATION)")
    void defaultsListAllSwitchesWithTheirFirstOption() {
        Map<String, String> m = Readings.defaults().asMap();
        assertThat(m).hasSize(17);
        assertThat(m).containsExactlyEntriesOf(defaultsAsWritten());
        assertThat(m.keySet()).containsExactlyElementsOf(Readings.switches().keySet());
        Readings.switches().forEach((key, options) ->
                assertThat(m.get(key)).as("default of %s is its first option", key).isEqualTo(options.get(0)));
    }

    @ParameterizedTest(name = "{0}: 选项 {1}(默认)与 {2}")
    @CsvSource(delimiter = '|', textBlock = SWITCHES)
    @DisplayName("每个开关列出其全部选项,默认在前;Readings.of 只改所选开关,其余保持默认")
    void eachSwitchHasItsOptions(String key, String byDefault, String others) {
        List<String> options = new java.util.ArrayList<>(List.of(byDefault));
        options.addAll(List.of(others.trim().split("\\s+")));
        assertThat(Readings.switches().get(key)).containsExactlyElementsOf(options);
        for (String other : options.subList(1, options.size())) {
            Map<String, String> expected = defaultsAsWritten();
            expected.put(key, other);
            assertThat(Readings.of(Map.of(key, other)).asMap()).containsExactlyEntriesOf(expected);
        }
        assertThat(Readings.of(Map.of(key, byDefault))).isEqualTo(Readings.defaults());
    }

    @Test
    @DisplayName("Readings.of(空) 即默认解释")
    void emptyChoiceIsTheDefaults() {
        assertThat(Readings.of(Map.of())).isEqualTo(Readings.defaults());
    }

    @Test
    @DisplayName("未知的开关名被拒绝:IllegalArgumentException 指明该名称")
    void unknownKeyIsRefusedByName() {
        assertThatThrownBy(() -> Readings.of(Map.of("machine-well-depth", "MARGINAL")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("machine-well-depth");
    }

    @Test
    @DisplayName("开关名区分大小写、不容空格:「Tier-Gap」不是「tier-gap」")
    void keysAreExact() {
        assertThatThrownBy(() -> Readings.of(Map.of("Tier-Gap", "JOIN_LOWER")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Tier-Gap");
    }

    @Test
    @DisplayName("解释I-07 未知的选项被拒绝:IllegalArgumentException 指明开关与选项")
    void unknownOptionIsRefusedByName() {
        assertThatThrownBy(() -> Readings.of(Map.of("machine-well-beyond-200m", "HALF_AND_HALF")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("machine-well-beyond-200m")
                .hasMessageContaining("HALF_AND_HALF");
    }

    @Test
    @DisplayName("解释I-01 选项名区分大小写:「lower_tier」不是「LOWER_TIER」")
    void optionsAreExact() {
        assertThatThrownBy(() -> Readings.of(Map.of("tier-boundary-point", "lower_tier")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tier-boundary-point")
                .hasMessageContaining("lower_tier");
    }

    @Test
    @DisplayName("报价单记录引擎所用的解释:默认引擎的报价单 readings 等于 Readings.defaults().asMap()")
    void quoteCarriesTheDefaultReadings() {
        Quote q = Quotes.quote(Quotes.household(ItemInput.of("1-1.annex.brick-wood", "10")));
        assertThat(q.readings()).containsExactlyEntriesOf(Readings.defaults().asMap());
        assertThat(q.readings()).containsExactlyEntriesOf(Quotes.ENGINE.readings().asMap());
    }

    @Test
    @DisplayName("解释I-07 改为MARGINAL的引擎:报价单记录 machine-well-beyond-200m=MARGINAL,其余16个仍为默认")
    void quoteCarriesTheChosenReadings() {
        QuoteEngine marginal = Quotes.engine("machine-well-beyond-200m", "MARGINAL");
        Quote q = Quotes.quote(marginal, Quotes.household(ItemInput.of("1-1.well.steel-pipe", "250")));
        assertThat(q.readings()).containsExactlyEntriesOf(marginal.readings().asMap());
        assertThat(q.readings()).contains(entry("machine-well-beyond-200m", "MARGINAL"));
        Map<String, String> others = new LinkedHashMap<>(q.readings());
        others.remove("machine-well-beyond-200m");
        Map<String, String> defaults = defaultsAsWritten();
        defaults.remove("machine-well-beyond-200m");
        assertThat(others).containsExactlyEntriesOf(defaults);
    }

    @Test
    @DisplayName("报价单中的 readings 不可修改(记入台账的是报价当时的解释)")
    void quoteReadingsAreUnmodifiable() {
        Quote q = Quotes.quote(Quotes.household(ItemInput.of("1-1.annex.brick-wood", "10")));
        assertThatThrownBy(() -> q.readings().put("tier-gap", "JOIN_LOWER"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(List.copyOf(q.readings().values())).hasSize(17);
    }
}
