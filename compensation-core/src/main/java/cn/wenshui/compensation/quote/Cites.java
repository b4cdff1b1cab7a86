package cn.wenshui.compensation.quote;

/**
 * The interpretation entries (docs/interpretations.md) the engine's rules cite, by id: the one place an id is
 * written in the engine's code. The words of an explanation may name an entry too (「按解释I-09补足至定额」); those
 * are the sentences a household reads, not citations.
 */
final class Cites {
    /** I-05 零星未挂果树空白格. */
    static final String I_05_BLANK_CELL = "I-05";
    /** I-06 木材树加价. */
    static final String I_06_TIMBER_INCREMENT = "I-06";
    /** I-07 钢管机井超过 200 米. */
    static final String I_07_MACHINE_WELL = "I-07";
    /** I-08 大牲畜杂棚柱头高. */
    static final String I_08_COLUMN_HEIGHT = "I-08";
    /** I-09 30 m² 处的断崖. */
    static final String I_09_SUBSIDY_CLIFF = "I-09";
    /** I-10 奖励期限的起算. */
    static final String I_10_INCENTIVE_DAY_COUNT = "I-10";
    /** I-11 超出规定时间. */
    static final String I_11_AFTER_45_DAYS = "I-11";
    /** I-12 印作 /m 的面积单价. */
    static final String I_12_PER_METRE_UNITS = "I-12";
    /** I-14 无价格的合并行. */
    static final String I_14_UNPRICED_MERGED_ROWS = "I-14";
    /** I-17 台阶装潢加价的范围. */
    static final String I_17_STAIR_SURCHARGE = "I-17";
    /** I-18 歇厦、雨搭按所连接房屋. */
    static final String I_18_LINKED_SHARE = "I-18";
    /** I-20 困难延长 24 个月. */
    static final String I_20_HARDSHIP_EXTENSION = "I-20";
    /** I-21 养殖场所的补助按"处". */
    static final String I_21_PER_PREMISES = "I-21";
    /** I-22 未竣工基础按比例. */
    static final String I_22_PRO_RATA_HEIGHT = "I-22";
    /** I-23 评估价. */
    static final String I_23_APPRAISED_PRICE = "I-23";
    /** I-28 补助的建筑面积. */
    static final String I_28_SUBSIDY_AREA = "I-28";
    /** I-32 搬迁早于签订协议并支付补偿款. */
    static final String I_32_MOVED_BEFORE_START = "I-32";
    /** I-33 期限最后一日为法定休假日. */
    static final String I_33_DEADLINE_HOLIDAY = "I-33";
    /** I-34 分期支付补偿款. */
    static final String I_34_INSTALMENTS = "I-34";
    /** I-37 一(二) 功能恢复与货币价格. */
    static final String I_37_FUNCTION_RESTORATION = "I-37";
    /** I-41 4 cm 及以上的塑料管. */
    static final String I_41_WIDE_PLASTIC_PIPE = "I-41";

    private Cites() {
    }
}
