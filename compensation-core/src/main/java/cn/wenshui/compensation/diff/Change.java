package cn.wenshui.compensation.diff;

/** What happened to one line (or area swap, pending item, incentive) between two quotes. */
public enum Change {
    ADDED("新增"),
    REMOVED("删除"),
    CHANGED("变更"),
    UNCHANGED("未变");

    private final String zh;

    Change(String zh) {
        this.zh = zh;
    }

    /** The word a page prints: 新增, 删除, 变更, 未变. */
    public String zh() {
        return zh;
    }
}
