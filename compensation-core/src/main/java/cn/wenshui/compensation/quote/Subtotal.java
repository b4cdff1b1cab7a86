package cn.wenshui.compensation.quote;

import java.math.BigDecimal;

/** The sum of one section's lines. */
public record Subtotal(String section, String title, BigDecimal amountMin, BigDecimal amountMax) {
}
