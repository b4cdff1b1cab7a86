package cn.wenshui.compensation.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.household.MainHouse;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Violation;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Test support: quote one inventory line, or a whole household, under the default readings (or chosen ones).
 * Expected values in tests are written from the regulation text, never read from the schedule file.
 */
public final class Quotes {
    public static final Schedule SCHEDULE = ScheduleLoader.loadDefault();
    public static final QuoteEngine ENGINE = new QuoteEngine(SCHEDULE, Readings.defaults());

    private Quotes() {
    }

    /** An engine with some readings switched, e.g. {@code engine("machine-well-beyond-200m", "MARGINAL")}. */
    public static QuoteEngine engine(String key, String option) {
        return new QuoteEngine(SCHEDULE, Readings.of(Map.of(key, option)));
    }

    /** A household with only these inventory lines: no area for subsidies, no premises, no dates. */
    public static Household household(ItemInput... items) {
        return new Household("T-1", "测试户", "堡子村", false, false, null, null, Arrays.asList(items), List.of(),
                null);
    }

    public static Household household(BigDecimal demolishedAreaM2, MainHouse mainHouse, List<ItemInput> items,
                                      List<LivestockPremises> premises, Dates dates) {
        return new Household("T-1", "测试户", "堡子村", false, false, demolishedAreaM2, mainHouse, items, premises,
                dates);
    }

    public static Quote quote(Household h) {
        return quote(ENGINE, h);
    }

    public static Quote quote(QuoteEngine engine, Household h) {
        try {
            return engine.quote(h);
        } catch (InvalidInventoryException e) {
            throw new AssertionError("expected a quote, got " + e.violations(), e);
        }
    }

    /** The single money line that quoting this one item gives. */
    public static QuoteLine line(ItemInput in) {
        return line(ENGINE, in);
    }

    public static QuoteLine line(QuoteEngine engine, ItemInput in) {
        Quote q = quote(engine, household(in));
        assertThat(q.lines()).as("money lines for %s", in.code()).hasSize(1);
        return q.lines().get(0);
    }

    /** Shorthand: {@code line("1-1.annex.brick-wood", "10")}. */
    public static QuoteLine line(String code, String quantity) {
        return line(ItemInput.of(code, quantity));
    }

    /** The single pending item that quoting this one item gives. */
    public static PendingItem pending(ItemInput in) {
        Quote q = quote(household(in));
        assertThat(q.lines()).isEmpty();
        assertThat(q.pending()).hasSize(1);
        return q.pending().get(0);
    }

    /** The violations the engine reports for this household (fails if it quotes instead). */
    public static List<Violation> violations(Household h) {
        try {
            Quote q = ENGINE.quote(h);
            throw new AssertionError("expected violations, got a quote totalling " + q.totalMin());
        } catch (InvalidInventoryException e) {
            return e.violations();
        }
    }

    public static List<Violation> violations(ItemInput in) {
        return violations(household(in));
    }

    /** Asserts an exact line amount, e.g. {@code assertAmount(l, "7000")}. */
    public static void assertAmount(QuoteLine l, String yuan) {
        assertThat(l.amountMin()).as("amountMin of %s", l.code()).isEqualByComparingTo(yuan);
        assertThat(l.amountMax()).as("amountMax of %s", l.code()).isEqualByComparingTo(yuan);
    }

    /** Asserts a range line: minimum and maximum amounts. */
    public static void assertAmount(QuoteLine l, String minYuan, String maxYuan) {
        assertThat(l.amountMin()).as("amountMin of %s", l.code()).isEqualByComparingTo(minYuan);
        assertThat(l.amountMax()).as("amountMax of %s", l.code()).isEqualByComparingTo(maxYuan);
    }

    /** Asserts the unit price(s) applied. */
    public static void assertUnitPrice(QuoteLine l, String min, String max) {
        assertThat(l.unitPriceMin()).as("unitPriceMin of %s", l.code()).isEqualByComparingTo(min);
        assertThat(l.unitPriceMax()).as("unitPriceMax of %s", l.code()).isEqualByComparingTo(max);
    }
}
