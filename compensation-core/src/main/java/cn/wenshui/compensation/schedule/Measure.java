package cn.wenshui.compensation.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A measurement a row needs besides its quantity. {@code max} is the bound above which an input is refused as
 * absurd (a typing error, not a real structure).
 */
public enum Measure {
    @JsonProperty("depthM") DEPTH_M("depthM", "深度", "m", "2000"),
    @JsonProperty("trunkDiameterCm") TRUNK_DIAMETER_CM("trunkDiameterCm", "胸径", "cm", "500"),
    @JsonProperty("spanM") SPAN_M("spanM", "跨径", "m", "100"),
    @JsonProperty("spanCm") SPAN_CM("spanCm", "跨径", "cm", "10000"),
    @JsonProperty("widthM") WIDTH_M("widthM", "宽度", "m", "100"),
    @JsonProperty("pipeDiameterCm") PIPE_DIAMETER_CM("pipeDiameterCm", "管径", "cm", "1000"),
    @JsonProperty("pipeDiameterM") PIPE_DIAMETER_M("pipeDiameterM", "管径", "m", "10"),
    @JsonProperty("heatedAreaM2") HEATED_AREA_M2("heatedAreaM2", "采暖面积", "m²", "100000"),
    @JsonProperty("areaM2") AREA_M2("areaM2", "面积", "m²", "1000000"),
    @JsonProperty("days") DAYS("days", "天数", "日", "100000"),
    @JsonProperty("heightM") HEIGHT_M("heightM", "出地高度", "m", "100"),
    @JsonProperty("columnHeightM") COLUMN_HEIGHT_M("columnHeightM", "柱头高", "m", "100");

    private final String key;
    private final String zh;
    private final String unit;
    private final BigDecimal max;

    Measure(String key, String zh, String unit, String max) {
        this.key = key;
        this.zh = zh;
        this.unit = unit;
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

    public BigDecimal max() {
        return max;
    }
}
