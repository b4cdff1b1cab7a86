package cn.wenshui.compensation.household;

import java.math.BigDecimal;

/**
 * The 正房 for 一(一) 房屋面积置换: measured area (swapped 1:1), footprint (正房占地面积) and the homestead
 * certificate's area (宅基地证面积; the part not under the 正房 is swapped 1:0.4).
 */
public record MainHouse(BigDecimal measuredAreaM2, BigDecimal footprintM2, BigDecimal homesteadCertificateAreaM2) {
}
