package cn.wenshui.compensation.api.lifecycle;

/**
 * What can happen to a household's file, after its 登记 (the file's creation, state REGISTERED). The label is what
 * staff read; the id is what the API takes. The order they may come in is {@link Lifecycle}'s.
 */
public enum EventKind {
    APPRAISAL_RECEIVED("评估", "评估报告已收到"),
    PUBLISHED("公示", "公示(第一轮、第二轮)"),
    SIGNED("签约", "签订补偿协议"),
    PAYMENT("付款", "支付补偿款(可分期,末期标记付清)"),
    MOVED_OUT("搬迁交房", "搬迁并交房(交钥匙之日,解释I-35)"),
    INCENTIVE_DECIDED("奖励核定", "核定三(三)搬迁奖励"),
    ARCHIVED("归档", "归档"),
    OBJECTION("异议", "提出异议"),
    REVIEW_DONE("复核", "复核或审定完毕,回到原状态"),
    /** 四: 「由凤城镇人民政府会同有关部门提出意见,报县城市建设指挥部审定」 (I-47; the issue's 「移交村委会」 is not the text). */
    REFERRED_TO_COMMAND("报指挥部审定", "凤城镇人民政府会同有关部门提出意见,报县城市建设指挥部审定(四)");

    private final String label;
    private final String description;

    EventKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** "签约 SIGNED", as problems name an event in both languages. */
    public String named() {
        return label + " " + name();
    }
}
