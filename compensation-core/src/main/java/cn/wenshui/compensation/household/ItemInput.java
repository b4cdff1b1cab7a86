package cn.wenshui.compensation.household;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One inventory line: a schedule row by code, how much of it, and the measurements the row needs.
 *
 * @param ref                an id of the line within the inventory (optional; the engine numbers lines otherwise)
 * @param quantity           in the row's unit (m², m, m³, 个, 株 …)
 * @param measurements       by {@code Measure.key()}: depthM, trunkDiameterCm, spanM, heightM, columnHeightM …
 * @param growthStage        for staged rows (葡萄, 嫁接杏树): 未挂果, 初果期, 中果期, 盛果期
 * @param appraisedUnitPrice the appraisal report's unit price (一(一) 注1), inside the printed range
 * @param overrideReason     required when the appraised unit price lies outside the printed range
 * @param linkedCode         for 歇厦、雨搭: the row of the house they are attached to
 * @param linkedUnitPrice    the appraised unit price of that house, if any
 * @param decorated          室外台阶或楼梯: 有装潢
 * @param surchargePercent   室外台阶或楼梯 with decoration: the 20–40 % decided, if any
 */
public record ItemInput(String ref, String code, BigDecimal quantity, Map<String, BigDecimal> measurements,
                        String growthStage, BigDecimal appraisedUnitPrice, String overrideReason, String linkedCode,
                        BigDecimal linkedUnitPrice, Boolean decorated, BigDecimal surchargePercent, String note) {

    public ItemInput {
        // a null value is kept so the engine reports it as a missing measurement
        measurements = measurements == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measurements));
    }

    /** A line with only code and quantity. */
    public static ItemInput of(String code, String quantity) {
        return new ItemInput(null, code, new BigDecimal(quantity), null, null, null, null, null, null, null, null,
                null);
    }

    public ItemInput withMeasurement(String key, String value) {
        var m = new java.util.LinkedHashMap<>(measurements);
        m.put(key, new BigDecimal(value));
        return new ItemInput(ref, code, quantity, m, growthStage, appraisedUnitPrice, overrideReason, linkedCode,
                linkedUnitPrice, decorated, surchargePercent, note);
    }

    public ItemInput withAppraisal(String unitPrice, String reason) {
        return new ItemInput(ref, code, quantity, measurements, growthStage,
                unitPrice == null ? null : new BigDecimal(unitPrice), reason, linkedCode, linkedUnitPrice, decorated,
                surchargePercent, note);
    }

    public ItemInput withStage(String stage) {
        return new ItemInput(ref, code, quantity, measurements, stage, appraisedUnitPrice, overrideReason, linkedCode,
                linkedUnitPrice, decorated, surchargePercent, note);
    }

    public ItemInput withLink(String code, String unitPrice) {
        return new ItemInput(ref, this.code, quantity, measurements, growthStage, appraisedUnitPrice, overrideReason,
                code, unitPrice == null ? null : new BigDecimal(unitPrice), decorated, surchargePercent, note);
    }

    public ItemInput withDecoration(String percent) {
        return new ItemInput(ref, code, quantity, measurements, growthStage, appraisedUnitPrice, overrideReason,
                linkedCode, linkedUnitPrice, true, percent == null ? null : new BigDecimal(percent), note);
    }

    public ItemInput withRef(String newRef) {
        return new ItemInput(newRef, code, quantity, measurements, growthStage, appraisedUnitPrice, overrideReason,
                linkedCode, linkedUnitPrice, decorated, surchargePercent, note);
    }
}
