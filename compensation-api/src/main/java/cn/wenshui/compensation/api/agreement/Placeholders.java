package cn.wenshui.compensation.api.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one list of the 补偿协议 template's placeholders ({@code ${户主}} …): what each is filled with. A template may
 * use only these names; an upload naming any other is refused by name. docs/agreement.md carries the same table
 * (AgreementDocsTest keeps them equal).
 *
 * <p>{@link Kind#FIELD} names are replaced anywhere (paragraphs, tables, headers, footers). {@link Kind#SECTION_ROW}
 * and {@link Kind#SWAP_ROW} names stand in a table row that is repeated once per section with lines (the section
 * totals) or once per area swap.
 */
public final class Placeholders {
    /** {@code ${name}}: a name of up to 40 characters without braces, dollar signs or line breaks. */
    public static final Pattern PATTERN = Pattern.compile("\\$\\{([^${}\\r\\n]{1,40})}");

    public enum Kind { FIELD, SECTION_ROW, SWAP_ROW }

    public record Placeholder(String name, Kind kind, String meaning) {
    }

    public static final List<Placeholder> ALL = List.of(
            // parties
            f("甲方", "甲方名称,取自配置 compensation.agreement.party-a"),
            f("乙方", "乙方(户主姓名,与 ${户主} 相同)"),
            f("户主", "户主姓名(分户档案,不遮蔽)"),
            f("身份证号", "户主身份证号(分户档案,不遮蔽)"),
            f("联系电话", "联系电话(分户档案)"),
            f("开户银行", "开户银行(分户档案)"),
            f("银行账号", "银行账号(分户档案,不遮蔽)"),
            // the household
            f("编号", "分户档案编号"),
            f("村", "村"),
            f("组", "组"),
            f("坐落", "房屋坐落/门牌(分户档案)"),
            f("被拆迁房屋建筑面积", "被拆迁房屋建筑面积(报价所用,m²)"),
            // the basis
            f("标准名称", "补偿标准的名称(补偿标准数据)"),
            f("文号", "补偿标准的文号(补偿标准数据)"),
            f("账本条目", "所依据的台账记录号(该户当前有效的账本条目)"),
            f("报价日期", "该台账记录的出具日期"),
            // money
            f("合计", "补偿款合计(小写,元,保留两位小数,千分位)"),
            f("合计大写", "补偿款合计(人民币大写)"),
            f("待定事项", "不在合计内、待评估/协商/审定的事项;无则为「无」"),
            r("章节", Kind.SECTION_ROW, "分项:章节号,如 一(一)"),
            r("章节标题", Kind.SECTION_ROW, "分项:章节标题(取自补偿标准)"),
            r("章节小计", Kind.SECTION_ROW, "分项:该章节小计(元)"),
            r("章节小计大写", Kind.SECTION_ROW, "分项:该章节小计(大写)"),
            // area swaps
            r("置换项目", Kind.SWAP_ROW, "面积置换:项目(种类与规格,取自补偿标准)"),
            r("置换依据面积", Kind.SWAP_ROW, "面积置换:依据面积(m²)"),
            r("置换比例", Kind.SWAP_ROW, "面积置换:比例 1:x(取自补偿标准)"),
            r("置换面积", Kind.SWAP_ROW, "面积置换:置换面积(m²)"),
            f("置换说明", "无面积置换时为「无」,否则为空"),
            // the incentive
            f("奖励条款", "奖励所在的章节号与章节标题(补偿标准)"),
            f("奖励条件", "奖励条件,照补偿标准原文"),
            f("奖励起算日", "奖励期限的起算日(签订协议与付清补偿款两者之较晚日);未起算时写明起算办法"),
            f("第一期限", "第一档奖励的最后搬迁交房日;未起算时写明「起算后第N日」"),
            f("第一期限天数", "第一档奖励的天数(补偿标准)"),
            f("第一期限奖励", "第一档奖励金额(元,补偿标准)"),
            f("第二期限", "第二档奖励的最后搬迁交房日;未起算时写明「起算后第N日」"),
            f("第二期限天数", "第二档奖励的天数(补偿标准)"),
            f("第二期限奖励", "第二档奖励金额(元,补偿标准)"),
            // payment and signing
            f("付款条款", "付款方式,取自配置 compensation.agreement.payment-terms"),
            f("签约日期", "签约日期(住户事件「签约」;未记录则留空待填)"),
            f("生成日期", "本协议文本生成的日期"));

    private static final Map<String, Placeholder> BY_NAME = new LinkedHashMap<>();

    static {
        for (Placeholder p : ALL) {
            BY_NAME.put(p.name(), p);
        }
    }

    private Placeholders() {
    }

    private static Placeholder f(String name, String meaning) {
        return new Placeholder(name, Kind.FIELD, meaning);
    }

    private static Placeholder r(String name, Kind kind, String meaning) {
        return new Placeholder(name, kind, meaning);
    }

    public static boolean known(String name) {
        return BY_NAME.containsKey(name);
    }

    /** The kind of a known name; null for an unknown one. */
    public static Kind kind(String name) {
        Placeholder p = BY_NAME.get(name);
        return p == null ? null : p.kind();
    }
}
