package cn.wenshui.compensation.quote;

import java.math.BigDecimal;

/** 一(一) 房屋面积置换: an area given in exchange, not money. */
public record AreaSwap(String code, String clause, String category, String spec, BigDecimal basisAreaM2,
                       BigDecimal ratio, BigDecimal swapAreaM2, String explanation) {
}
