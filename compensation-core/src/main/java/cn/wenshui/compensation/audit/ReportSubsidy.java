package cn.wenshui.compensation.audit;

import java.math.BigDecimal;

/**
 * A subsidy or incentive the report states.
 *
 * @param section {@code 三(一)}, {@code 三(二)}, {@code 三(三)} or {@code 一(三)}
 * @param ref     for {@code 一(三)}: the ref of the livestock premises (or {@code 处N}, N counted from 1, when the
 *                premises has none); ignored for the other sections. For one premises the report may state the
 *                moving subsidy and the three months of settlement as one entry or as two; entries with the same
 *                section and ref are added up before they are compared with the engine's sum of both.
 * @param amount  in yuan
 */
public record ReportSubsidy(String section, String ref, BigDecimal amount) {
}
