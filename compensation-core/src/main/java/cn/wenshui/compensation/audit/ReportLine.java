package cn.wenshui.compensation.audit;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One priced line of an appraisal report. It names its schedule row by {@code code}, or by {@code category} and
 * {@code spec} as printed (whitespace is ignored). {@code unitPrice} is the final price per unit, after any
 * surcharge or increment; {@code amount} is the line's money as the report states it.
 */
public record ReportLine(String ref, String code, String category, String spec, BigDecimal quantity, String unit,
                         Map<String, BigDecimal> measurements, String growthStage, BigDecimal unitPrice,
                         BigDecimal amount, String linkedCode, BigDecimal linkedUnitPrice, Boolean decorated,
                         BigDecimal surchargePercent, String overrideReason) {

    public ReportLine {
        // A measurement sent as null is treated as not given, so it is reported as missing rather than failing.
        var given = new java.util.LinkedHashMap<String, BigDecimal>();
        if (measurements != null) {
            measurements.forEach((k, v) -> {
                if (k != null && v != null) {
                    given.put(k, v);
                }
            });
        }
        measurements = java.util.Collections.unmodifiableMap(given);
    }
}
