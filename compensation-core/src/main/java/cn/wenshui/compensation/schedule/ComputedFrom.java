package cn.wenshui.compensation.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the engine computes a row from, in place of an inventory line (the row's {@code computedFrom:} key): the
 * household fact, named as the field of the household inventory that carries it. Listing such a row as a line would
 * pay it twice, so the engine refuses it, the picker and the workbook leave it out, and the audit compares it.
 */
public enum ComputedFrom {
    /** 被拆迁房屋建筑面积: once per household. */
    @JsonProperty("demolishedBuildingAreaM2") DEMOLISHED_BUILDING_AREA("demolishedBuildingAreaM2", "被拆迁房屋建筑面积"),
    /** 签订协议、支付补偿款和搬迁的日期: once per household. */
    @JsonProperty("dates") DATES("dates", "签订协议、支付补偿款和搬迁日期"),
    /** 每处养殖场所的面积: once per premises. */
    @JsonProperty("livestockPremises") LIVESTOCK_PREMISES("livestockPremises", "养殖场所面积"),
    /** 正房的实测、占地和宅基地证面积: an area swap, never an amount. */
    @JsonProperty("mainHouse") MAIN_HOUSE("mainHouse", "正房面积");

    private final String field;
    private final String zh;

    ComputedFrom(String field, String zh) {
        this.field = field;
        this.zh = zh;
    }

    /** The household inventory's field the row is computed from (a JSON path, as violations name fields). */
    public String field() {
        return field;
    }

    public String zh() {
        return zh;
    }

    /** Paid once for each livestock premises rather than once per household. */
    public boolean perPremises() {
        return this == LIVESTOCK_PREMISES;
    }
}
