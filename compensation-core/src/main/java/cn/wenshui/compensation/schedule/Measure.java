package cn.wenshui.compensation.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A measurement a row needs besides its quantity. {@code max} is the bound above which an input is refused as
 * absurd (a typing error, not a real structure).
 */
public enum Measure {
    @JsonProperty("depthM") DEPTH_M("depthM", "深度", "m", "米", "2000"),
    @JsonProperty("trunkDiameterCm") TRUNK_DIAMETER_CM("trunkDiameterCm", "胸径", "cm", "厘米", "500"),
    @JsonProperty("spanM") SPAN_M("spanM", "跨径", "m", "米", "100"),
    @JsonProperty("spanCm") SPAN_CM("spanCm", "跨径", "cm", "厘米", "10000"),
    @JsonProperty("widthM") WIDTH_M("widthM", "宽度", "m", "米", "100"),
    @JsonProperty("pipeDiameterCm") PIPE_DIAMETER_CM("pipeDiameterCm", "管径", "cm", "厘米", "1000"),
    @JsonProperty("pipeDiameterM") PIPE_DIAMETER_M("pipeDiameterM", "管径", "m", "米", "10"),
    @JsonProperty("heatedAreaM2") HEATED_AREA_M2("heatedAreaM2", "采暖面积", "m²", "平方米", "100000"),
    @JsonProperty("areaM2") AREA_M2("areaM2", "面积", "m²", "平方米", "1000000"),
    @JsonProperty("days") DAYS("days", "天数", "日", "日", "100000"),
    @JsonProperty("heightM") HEIGHT_M("heightM", "出地高度", "m", "米", "100"),
    @JsonProperty("columnHeightM") COLUMN_HEIGHT_M("columnHeightM", "柱头高", "m", "米", "100");

    private final String key;
    private final String zh;
    private final String unit;
    private final String unitWord;
    private final BigDecimal max;

    Measure(String key, String zh, String unit, String unitWord, String max) {
        this.key = key;
        this.zh = zh;
        this.unit = unit;
        this.unitWord = unitWord;
        this.max = new BigDecimal(max);
    }

    /** The name of the measurement in an inventory's {@code measurements} map. */
    public String key() {
        return key;
    }

    public String zh() {
        return zh;
    }

    public String unit() {
        return unit;
    }

    /** The unit as a household reads it: 米, 厘米, 平方米, 日. */
    public String unitWord() {
        return unitWord;
    }

    /** A value of this measure in words, e.g. 「胸径12厘米」. */
    public String say(BigDecimal value) {
        return zh + Texts.number(value) + unitWord;
    }

    /** Bounds of this measure in words, e.g. 「胸径超过10厘米、不超过15厘米」 (see {@link Interval#words}). */
    public String say(Interval bounds) {
        return bounds.words(zh, unitWord);
    }

    public BigDecimal max() {
        return max;
    }
}
