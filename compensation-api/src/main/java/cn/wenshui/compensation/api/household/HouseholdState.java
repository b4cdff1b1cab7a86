package cn.wenshui.compensation.api.household;

/**
 * Where a household's file stands in the 片区's work, decided by its dated events (登记 → 评估 → 公示 → 签约 → 付款 →
 * 搬迁交房 → 奖励核定 → 归档, with 异议/复核 and 移交 beside them). The label is what staff read on pages and workbooks.
 */
public enum HouseholdState {
    REGISTERED("登记"),
    APPRAISED("评估报告已收到"),
    PUBLISHED_1("第一轮公示"),
    PUBLISHED_2("第二轮公示"),
    OBJECTION("异议复核中"),
    SIGNED("已签约"),
    PARTLY_PAID("已付部分补偿款"),
    PAID("补偿款已付清"),
    MOVED_OUT("已搬迁交房"),
    INCENTIVE_DECIDED("奖励已核定"),
    ARCHIVED("已归档"),
    REFERRED("已移交审定");

    private final String label;

    HouseholdState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
