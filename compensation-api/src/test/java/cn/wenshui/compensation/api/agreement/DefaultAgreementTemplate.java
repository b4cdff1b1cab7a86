package cn.wenshui.compensation.api.agreement;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The source of the default 补偿协议 template that ships with the service
 * ({@code src/main/resources/agreement/default-agreement.docx}). The committed .docx is what the service uses; this
 * program is how it was made: to change the default, edit the text here and run
 * {@code mvn -B -o -pl compensation-api -am test -Dtest=DefaultTemplateTest -Dagreement.regenerate=true
 * -Dsurefire.failIfNoSpecifiedTests=false} (DefaultTemplateTest writes the file). DefaultTemplateTest fails while the
 * two say different things. No number of the regulation is written here: days and amounts are
 * placeholders filled from the schedule.
 */
public final class DefaultAgreementTemplate {
    /** Relative to the module (the tests' working folder). */
    static final Path RESOURCE = Path.of("src/main/resources/agreement/default-agreement.docx");

    /** Paragraphs of the body, in order; a String[] is a table (first row header), "" an empty line. */
    static final List<Object> BODY = List.of(
            title("堡子片区开发建设征地拆迁补偿协议"),
            right("户编号:${编号}　　台账记录:第 ${账本条目} 号"),
            "",
            bold("甲方(征收补偿实施单位):${甲方}"),
            bold("乙方(被拆迁户户主):${乙方}"),
            "身份证号:${身份证号}　　联系电话:${联系电话}",
            "被拆迁房屋坐落:${村}${组}${坐落}",
            "",
            indent("根据${文号}《${标准名称}》,甲乙双方本着平等、自愿、公平的原则,经协商一致,就乙方房屋及附属设施、地上附着物的"
                    + "拆迁补偿事宜,订立本协议。"),
            bold("第一条　补偿依据"),
            indent("乙方被拆迁的房屋及附属设施、地上附着物,由第三方评估机构入户实地测算,甲方依照上述补偿标准核算。核算明细见"
                    + "${报价日期}出具的补偿明细表(台账记录第 ${账本条目} 号),该明细表为本协议附件,与本协议具有同等效力。"
                    + "被拆迁房屋建筑面积:${被拆迁房屋建筑面积}。"),
            bold("第二条　补偿金额"),
            indent("乙方应得补偿款按补偿标准分项如下:"),
            new String[][] {
                    {"章节", "项目", "金额(元)", "金额(大写)"},
                    {"${章节}", "${章节标题}", "${章节小计}", "${章节小计大写}"},
                    {"合计", "", "${合计}", "${合计大写}"}},
            indent("补偿款合计人民币(大写)${合计大写}(小写 ¥${合计} 元)。"),
            indent("下列事项不在上述金额内,待评估、协商或审定后另行处理:${待定事项}。"),
            bold("第三条　房屋面积置换"),
            new String[][] {
                    {"项目", "依据面积", "置换比例", "置换面积"},
                    {"${置换项目}", "${置换依据面积}", "${置换比例}", "${置换面积}"}},
            indent("${置换说明}"),
            bold("第四条　付款方式"),
            indent("${付款条款}"),
            indent("乙方收款账户:开户银行 ${开户银行},账号 ${银行账号},户名 ${户主}。"),
            bold("第五条　搬迁交房与奖励"),
            indent("乙方应在甲方支付补偿款后按期搬迁,将房屋及附属设施交付甲方。依照补偿标准${奖励条款}:${奖励条件}。"),
            indent("本协议的奖励期限自${奖励起算日}起算:乙方于${第一期限}(含当日)前搬迁交房的,奖励 ${第一期限奖励}"
                    + "(${第一期限天数}日内);于${第二期限}(含当日)前搬迁交房的,奖励 ${第二期限奖励}(${第二期限天数}日内);"
                    + "超出${第二期限天数}日搬迁交房的,不享受奖励。奖励金额以甲方核定为准。"),
            bold("第六条　其他"),
            indent("本协议未尽事宜,由甲乙双方协商解决;协商不成的,依法处理。本协议一式两份,甲乙双方各执一份,"
                    + "自双方签字盖章之日起生效。"),
            "",
            new String[][] {
                    {"甲方(盖章):${甲方}", "乙方(签字并按手印):"},
                    {"负责人(签字):", "身份证号:${身份证号}"},
                    {"签约日期:${签约日期}", "签约日期:${签约日期}"}});

    private DefaultAgreementTemplate() {
    }

    private record Styled(String text, boolean bold, int size, ParagraphAlignment align, boolean indent) {
    }

    private static Styled title(String t) {
        return new Styled(t, true, 18, ParagraphAlignment.CENTER, false);
    }

    private static Styled right(String t) {
        return new Styled(t, false, 10, ParagraphAlignment.RIGHT, false);
    }

    private static Styled bold(String t) {
        return new Styled(t, true, 12, ParagraphAlignment.LEFT, false);
    }

    private static Styled indent(String t) {
        return new Styled(t, false, 12, ParagraphAlignment.BOTH, true);
    }

    static XWPFDocument build() {
        XWPFDocument doc = new XWPFDocument();
        for (Object o : BODY) {
            if (o instanceof String s) {
                paragraph(doc.createParagraph(), new Styled(s, false, 12, ParagraphAlignment.LEFT, false));
            } else if (o instanceof Styled s) {
                paragraph(doc.createParagraph(), s);
            } else if (o instanceof String[][] rows) {
                table(doc, rows);
            }
        }
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        paragraph(footer.createParagraph(), new Styled("补偿协议 · 户编号 ${编号} · 文本生成于 ${生成日期}", false, 9,
                ParagraphAlignment.CENTER, false));
        return doc;
    }

    private static void paragraph(XWPFParagraph p, Styled s) {
        p.setAlignment(s.align());
        if (s.indent()) {
            p.setIndentationFirstLine(480); // two characters of 12 pt
        }
        if (s.text().isEmpty()) {
            return;
        }
        XWPFRun r = p.createRun();
        r.setText(s.text());
        r.setBold(s.bold());
        r.setFontSize(s.size());
        r.setFontFamily("宋体");
    }

    private static void table(XWPFDocument doc, String[][] rows) {
        boolean signatures = rows[0][0].startsWith("甲方");
        XWPFTable t = doc.createTable(rows.length, rows[0].length);
        t.setWidth("100%");
        if (signatures) {
            t.removeBorders();
        }
        for (int i = 0; i < rows.length; i++) {
            XWPFTableRow row = t.getRow(i);
            for (int j = 0; j < rows[i].length; j++) {
                XWPFParagraph p = row.getCell(j).getParagraphs().get(0);
                paragraph(p, new Styled(rows[i][j], i == 0 && !signatures, signatures ? 12 : 11,
                        ParagraphAlignment.LEFT, false));
            }
        }
    }

    /** Writes the default template to {@code target}. */
    static void write(Path target) throws IOException {
        try (XWPFDocument doc = build(); OutputStream out = Files.newOutputStream(target)) {
            doc.write(out);
        }
    }
}
