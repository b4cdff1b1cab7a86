package cn.wenshui.compensation.quote;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * 一(一) 房屋面积置换: an area given in exchange, not money.
 *
 * <p>An immutable value like a record (it was one), except that the engine hands over the explanation as a recipe
 * rendered on first use, as for {@link QuoteLine}: its sentence cost the engine more than the swap itself. Its JSON
 * is the record's: Jackson writes creator properties first, in the creator's order (alphabetically for the ledger's
 * canonical form), so the {@code @JsonCreator} lists them in the record's order.
 */
public final class AreaSwap {
    private final String code;
    private final String clause;
    private final String category;
    private final String spec;
    private final BigDecimal basisAreaM2;
    private final BigDecimal ratio;
    private final BigDecimal swapAreaM2;
    private final Supplier<String> recipe;
    /** Rendered once; a race renders the same text twice, which is harmless. */
    private volatile String explanation;

    @JsonCreator
    public AreaSwap(@JsonProperty("code") String code, @JsonProperty("clause") String clause,
                    @JsonProperty("category") String category, @JsonProperty("spec") String spec,
                    @JsonProperty("basisAreaM2") BigDecimal basisAreaM2, @JsonProperty("ratio") BigDecimal ratio,
                    @JsonProperty("swapAreaM2") BigDecimal swapAreaM2,
                    @JsonProperty("explanation") String explanation) {
        this(code, clause, category, spec, basisAreaM2, ratio, swapAreaM2, null, explanation);
    }

    /** The engine's: the explanation is rendered from {@code recipe} when first asked for. */
    static AreaSwap explainedBy(String code, String clause, String category, String spec, BigDecimal basisAreaM2,
                                BigDecimal ratio, BigDecimal swapAreaM2, Supplier<String> recipe) {
        return new AreaSwap(code, clause, category, spec, basisAreaM2, ratio, swapAreaM2, recipe, null);
    }

    private AreaSwap(String code, String clause, String category, String spec, BigDecimal basisAreaM2,
                     BigDecimal ratio, BigDecimal swapAreaM2, Supplier<String> recipe, String explanation) {
        this.code = code;
        this.clause = clause;
        this.category = category;
        this.spec = spec;
        this.basisAreaM2 = basisAreaM2;
        this.ratio = ratio;
        this.swapAreaM2 = swapAreaM2;
        this.recipe = recipe;
        this.explanation = explanation;
    }

    @JsonProperty
    public String code() {
        return code;
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
    public BigDecimal basisAreaM2() {
        return basisAreaM2;
    }

    @JsonProperty
    public BigDecimal ratio() {
        return ratio;
    }

    @JsonProperty
    public BigDecimal swapAreaM2() {
        return swapAreaM2;
    }

    /** How the swapped area was reached, in Chinese. */
    @JsonProperty
    public String explanation() {
        String e = explanation;
        if (e == null && recipe != null) {
            e = recipe.get();
            explanation = e;
        }
        return e;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AreaSwap a && Objects.equals(code, a.code) && Objects.equals(clause, a.clause)
                && Objects.equals(category, a.category) && Objects.equals(spec, a.spec)
                && Objects.equals(basisAreaM2, a.basisAreaM2) && Objects.equals(ratio, a.ratio)
                && Objects.equals(swapAreaM2, a.swapAreaM2) && Objects.equals(explanation(), a.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, clause, category, spec, basisAreaM2, ratio, swapAreaM2, explanation());
    }

    @Override
    public String toString() {
        return "AreaSwap[code=" + code + ", clause=" + clause + ", category=" + category + ", spec=" + spec
                + ", basisAreaM2=" + basisAreaM2 + ", ratio=" + ratio + ", swapAreaM2=" + swapAreaM2
                + ", explanation=" + explanation() + "]";
    }
}
