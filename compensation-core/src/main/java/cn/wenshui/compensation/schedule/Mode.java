package cn.wenshui.compensation.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a row is compensated. Only MONEY rows carry an amount; the others are listed apart, never summed. */
public enum Mode {
    @JsonProperty("money") MONEY("货币补偿"),
    @JsonProperty("area-swap") AREA_SWAP("面积置换"),
    @JsonProperty("function-restoration") FUNCTION_RESTORATION("功能恢复"),
    @JsonProperty("appraisal") APPRAISAL("按评估价"),
    @JsonProperty("negotiation") NEGOTIATION("协商"),
    @JsonProperty("committee") COMMITTEE("报县城市建设指挥部审定"),
    @JsonProperty("verification") VERIFICATION("凤城镇政府核实"),
    @JsonProperty("not-compensated") NOT_COMPENSATED("不予补偿");

    private final String zh;

    Mode(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** Rows whose amount is decided outside this schedule (appraisal, negotiation, committee…). */
    public boolean isPending() {
        return this != MONEY && this != AREA_SWAP && this != NOT_COMPENSATED;
    }
}
