package cn.wenshui.compensation.schedule;

/** A section of the regulation, as its heading numbers it ({@code 一(一)}) and names it (its subject, as printed). */
public record Section(String id, String title) {
}
