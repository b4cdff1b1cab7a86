package cn.wenshui.compensation.household;

import java.math.BigDecimal;

/** One 处 of livestock keeping (一(三)), with the area that selects its subsidy tier. */
public record LivestockPremises(String ref, String name, BigDecimal areaM2) {
}
