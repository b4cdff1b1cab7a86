package cn.wenshui.compensation.quote;

/**
 * One reason an inventory cannot be quoted: the field (a JSON path such as {@code items[2].measurements.depthM}),
 * the rule broken (a stable code such as {@code measurement-required}) and a message in Chinese and English.
 */
public record Violation(String field, String rule, String messageZh, String messageEn) {
}
