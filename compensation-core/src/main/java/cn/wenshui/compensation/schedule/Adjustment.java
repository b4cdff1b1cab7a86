package cn.wenshui.compensation.schedule;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;

/** Side rules printed in a remark that change a row's unit price. They sit on the row they are printed beside. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Adjustment.ProRataHeight.class, name = "proRataHeight"),
        @JsonSubTypes.Type(value = Adjustment.Surcharge.class, name = "surcharge"),
        @JsonSubTypes.Type(value = Adjustment.TimberIncrement.class, name = "timberIncrement"),
        @JsonSubTypes.Type(value = Adjustment.ColumnHeight.class, name = "columnHeight")
})
public sealed interface Adjustment {

    /** 未竣工砖房基础: full price from {@code fullAt} metres above ground, pro rata below (I-22). */
    record ProRataHeight(Measure measure, BigDecimal fullAt) implements Adjustment {
    }

    /** 室外台阶或楼梯 with decoration: +{@code minPercent}–{@code maxPercent} % (I-17). */
    record Surcharge(BigDecimal minPercent, BigDecimal maxPercent) implements Adjustment {
    }

    /** 杨树、国槐 above 10 cm, 柳树 above 20 cm: {@code perCm} 元 more per cm (I-06). */
    record TimberIncrement(BigDecimal above, BigDecimal perCm) implements Adjustment {
    }

    /** 一(三) 注2 杂棚: column height above {@code above} m adds {@code perStep} 元/m², counted to {@code capAt} m (I-08). */
    record ColumnHeight(BigDecimal above, BigDecimal capAt, BigDecimal perStep) implements Adjustment {
    }
}
