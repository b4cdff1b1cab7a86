package cn.wenshui.compensation.schedule;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;

/** The price models the regulation uses. The rules that apply them live in {@code quote.LinePricing} and the price classes it picks. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Price.Fixed.class, name = "fixed"),
        @JsonSubTypes.Type(value = Price.Range.class, name = "range"),
        @JsonSubTypes.Type(value = Price.Tiered.class, name = "tiers"),
        @JsonSubTypes.Type(value = Price.Staged.class, name = "staged"),
        @JsonSubTypes.Type(value = Price.Share.class, name = "share"),
        @JsonSubTypes.Type(value = Price.Excess.class, name = "excess"),
        @JsonSubTypes.Type(value = Price.Swap.class, name = "swap")
})
public sealed interface Price {

    /** One price per unit, e.g. 700 元/m². */
    record Fixed(BigDecimal amount) implements Price {
    }

    /** A printed range, e.g. 700-800 元/m²; the appraiser's unit price must lie inside it (一(一) 注1). */
    record Range(BigDecimal min, BigDecimal max) implements Price {
    }

    /** A tier table over one measure, e.g. 菜窖 by depth. */
    record Tiered(Measure measure, List<Tier> tiers) implements Price {
    }

    /** A price per growth stage, e.g. 葡萄 未挂果/初果期/中果期/盛果期. */
    record Staged(List<Stage> stages) implements Price {
        public record Stage(String stage, BigDecimal amount) {
        }
    }

    /** A percentage of the unit price of a linked row, e.g. 歇厦、雨搭 at 50 % of the house they are attached to. */
    record Share(BigDecimal percent, List<String> linkable) implements Price {
    }

    /** A rate per metre up to a threshold and a higher rate beyond it (机井 beyond 200 m). */
    record Excess(BigDecimal threshold, BigDecimal rate, BigDecimal excessIncrement) implements Price {
    }

    /** An area swap ratio (房屋面积置换 1:1, 1:0.4). */
    record Swap(BigDecimal ratio) implements Price {
    }
}
