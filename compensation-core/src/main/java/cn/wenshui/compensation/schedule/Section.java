package cn.wenshui.compensation.schedule;

/** A section of the regulation, as its heading numbers it ({@code 一(一)}) and names it (房屋、附属设施). */
public record Section(String id, String title) {
}
