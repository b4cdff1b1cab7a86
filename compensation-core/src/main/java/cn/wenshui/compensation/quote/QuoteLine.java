package cn.wenshui.compensation.quote;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One money line of a quote. {@code amountMin == amountMax} unless the row is a printed range without an appraised
 * price. Unit prices are exact (never rounded); amounts are rounded once, to the fen (see {@code Rounding}).
 * A unit price is null where no single one applies (机井 beyond 200 m read as MARGINAL).
 *
 * <p>An immutable value like a record, except that the engine hands over the explanation as a recipe rendered on
 * first use: writing every sentence for every line was most of the engine's cost, and a batch or a budget run
 * reads only the amounts. The text is the same whenever it is rendered (it depends only on the line's inputs).
 */
@JsonPropertyOrder({"no", "ref", "code", "section", "clause", "category", "spec", "printed", "quantity", "unit",
        "unitPriceMin", "unitPriceMax", "amountMin", "amountMax", "status", "explanation", "interpretations", "range"})
@JsonIgnoreProperties(value = "range", allowGetters = true)
public final class QuoteLine {
    private final int no;
    private final String ref;
    private final String code;
    private final String section;
    private final String clause;
    private final String category;
    private final String spec;
    private final String printed;
    private final BigDecimal quantity;
    private final String unit;
    private final BigDecimal unitPriceMin;
    private final BigDecimal unitPriceMax;
    private final BigDecimal amountMin;
    private final BigDecimal amountMax;
    private final LineStatus status;
    private final List<String> interpretations;
    private final Supplier<String> recipe;
    /** Rendered once; a race renders the same text twice, which is harmless. */
    private volatile String explanation;

    @JsonCreator
    public QuoteLine(@JsonProperty("no") int no, @JsonProperty("ref") String ref, @JsonProperty("code") String code,
                     @JsonProperty("section") String section, @JsonProperty("clause") String clause,
                     @JsonProperty("category") String category, @JsonProperty("spec") String spec,
                     @JsonProperty("printed") String printed, @JsonProperty("quantity") BigDecimal quantity,
                     @JsonProperty("unit") String unit, @JsonProperty("unitPriceMin") BigDecimal unitPriceMin,
                     @JsonProperty("unitPriceMax") BigDecimal unitPriceMax,
                     @JsonProperty("amountMin") BigDecimal amountMin, @JsonProperty("amountMax") BigDecimal amountMax,
                     @JsonProperty("status") LineStatus status, @JsonProperty("explanation") String explanation,
                     @JsonProperty("interpretations") List<String> interpretations) {
        this(no, ref, code, section, clause, category, spec, printed, quantity, unit, unitPriceMin, unitPriceMax,
                amountMin, amountMax, status, null, explanation, interpretations);
    }

    /**
     * The engine's constructor: the explanation is rendered from {@code recipe} when first asked for; the engine
     * hands over an unmodifiable list of interpretations it no longer touches, so it is not copied again.
     */
    QuoteLine(int no, String ref, String code, String section, String clause, String category, String spec,
              String printed, BigDecimal quantity, String unit, BigDecimal unitPriceMin, BigDecimal unitPriceMax,
              BigDecimal amountMin, BigDecimal amountMax, LineStatus status, Supplier<String> recipe,
              String explanation, List<String> interpretations) {
        this.no = no;
        this.ref = ref;
        this.code = code;
        this.section = section;
        this.clause = clause;
        this.category = category;
        this.spec = spec;
        this.printed = printed;
        this.quantity = quantity;
        this.unit = unit;
        this.unitPriceMin = unitPriceMin;
        this.unitPriceMax = unitPriceMax;
        this.amountMin = amountMin;
        this.amountMax = amountMax;
        this.status = status;
        this.recipe = recipe;
        this.explanation = explanation;
        this.interpretations = interpretations == null ? List.of()
                : recipe != null ? interpretations : List.copyOf(interpretations);
    }

    @JsonProperty
    public int no() {
        return no;
    }

    @JsonProperty
    public String ref() {
        return ref;
    }

    @JsonProperty
    public String code() {
        return code;
    }

    @JsonProperty
    public String section() {
        return section;
    }

    @JsonProperty
    public String clause() {
        return clause;
    }

    @JsonProperty
    public String category() {
        return category;
    }

    @JsonProperty
    public String spec() {
        return spec;
    }

    @JsonProperty
    public String printed() {
        return printed;
    }

    @JsonProperty
    public BigDecimal quantity() {
        return quantity;
    }

    @JsonProperty
    public String unit() {
        return unit;
    }

    @JsonProperty
    public BigDecimal unitPriceMin() {
        return unitPriceMin;
    }

    @JsonProperty
    public BigDecimal unitPriceMax() {
        return unitPriceMax;
    }

    @JsonProperty
    public BigDecimal amountMin() {
        return amountMin;
    }

    @JsonProperty
    public BigDecimal amountMax() {
        return amountMax;
    }

    @JsonProperty
    public LineStatus status() {
        return status;
    }

    /** One sentence in Chinese saying how the amount was reached: the row, the tier, the readings applied. */
    @JsonProperty
    public String explanation() {
        String e = explanation;
        if (e == null) {
            e = recipe.get();
            explanation = e;
        }
        return e;
    }

    @JsonProperty
    public List<String> interpretations() {
        return interpretations;
    }

    @JsonProperty("range")
    public boolean isRange() {
        return amountMin.compareTo(amountMax) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuoteLine l && no == l.no && Objects.equals(ref, l.ref) && Objects.equals(code, l.code)
                && Objects.equals(section, l.section) && Objects.equals(clause, l.clause)
                && Objects.equals(category, l.category) && Objects.equals(spec, l.spec)
                && Objects.equals(printed, l.printed) && Objects.equals(quantity, l.quantity)
                && Objects.equals(unit, l.unit) && Objects.equals(unitPriceMin, l.unitPriceMin)
                && Objects.equals(unitPriceMax, l.unitPriceMax) && Objects.equals(amountMin, l.amountMin)
                && Objects.equals(amountMax, l.amountMax) && status == l.status
                && explanation().equals(l.explanation()) && interpretations.equals(l.interpretations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(no, ref, code, section, clause, category, spec, printed, quantity, unit, unitPriceMin,
                unitPriceMax, amountMin, amountMax, status, explanation(), interpretations);
    }

    @Override
    public String toString() {
        return "QuoteLine[no=" + no + ", ref=" + ref + ", code=" + code + ", section=" + section + ", clause=" + clause
                + ", category=" + category + ", spec=" + spec + ", printed=" + printed + ", quantity=" + quantity
                + ", unit=" + unit + ", unitPriceMin=" + unitPriceMin + ", unitPriceMax=" + unitPriceMax
                + ", amountMin=" + amountMin + ", amountMax=" + amountMax + ", status=" + status + ", explanation="
                + explanation() + ", interpretations=" + interpretations + "]";
    }
}
