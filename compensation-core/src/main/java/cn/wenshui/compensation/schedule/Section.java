package cn.wenshui.compensation.schedule;

/**
 * A section of the regulation, as its heading numbers it ({@code 一(一)}) and names it (its subject, as printed).
 *
 * @param appraisalOverrides the section's rows take an appraised unit price beyond the printed range, with its
 *                           reason (一(一) 注1 「依最终评估价执行」, which stands under that section only: I-23)
 */
public record Section(String id, String title, boolean appraisalOverrides) {
}
