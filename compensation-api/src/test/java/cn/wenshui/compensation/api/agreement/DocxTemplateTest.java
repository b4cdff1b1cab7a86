package cn.wenshui.compensation.api.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Filling a template: placeholders split across Word runs, repeated rows, headers and footers. */
@DisplayName("协议模板填充:占位符跨 run、按章节和置换重复表格行、页眉页脚")
class DocxTemplateTest {

    /** A paragraph made of these runs; a run starting with '*' is bold (the '*' is not text). */
    static void paragraph(XWPFDocument doc, String... runs) {
        XWPFParagraph p = doc.createParagraph();
        for (String r : runs) {
            XWPFRun run = p.createRun();
            boolean bold = r.startsWith("*");
            run.setBold(bold);
            run.setText(bold ? r.substring(1) : r);
        }
    }

    static byte[] bytes(XWPFDocument doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return out.toByteArray();
    }

    static DocxTemplate.Values values() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("户主", "王建国");
        f.put("编号", "BZ-001");
        f.put("合计", "18,274.00");
        f.put("合计大写", "壹万捌仟贰佰柒拾肆元整");
        return new DocxTemplate.Values(f,
                List.of(Map.of("章节", "一(一)", "章节小计", "12,000.00"), Map.of("章节", "二(一)", "章节小计", "1,500.00")),
                List.of());
    }

    @Test
    @DisplayName("占位符被拆成多个 run(格式不同)仍被替换,其余文字保留各自格式")
    void placeholderSplitAcrossRuns() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "*乙方:", "${", "*户", "主}", "(编号 $", "{编号})");
        paragraph(doc, "合计 ${合", "计大写}(¥${合计}),未知 ${别的} 保留");
        byte[] filled = DocxTemplate.fill(bytes(doc), values());
        try (XWPFDocument out = new XWPFDocument(new ByteArrayInputStream(filled))) {
            XWPFParagraph first = out.getParagraphs().get(0);
            assertThat(first.getText()).isEqualTo("乙方:王建国(编号 BZ-001)");
            assertThat(first.getRuns().get(0).isBold()).isTrue();
            assertThat(first.getRuns().get(0).text()).isEqualTo("乙方:");
            assertThat(first.getRuns().get(4).isBold()).isFalse();
            assertThat(out.getParagraphs().get(1).getText())
                    .isEqualTo("合计 壹万捌仟贰佰柒拾肆元整(¥18,274.00),未知 ${别的} 保留");
        }
    }

    @Test
    @DisplayName("含 ${章节} 的表格行按章节重复,其他行不变;无面积置换时置换行去掉")
    void rowsRepeated() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable t = doc.createTable(3, 2);
        t.getRow(0).getCell(0).setText("章节");
        t.getRow(1).getCell(0).setText("${章节}");
        t.getRow(1).getCell(1).setText("${章节小计}(${户主})");
        t.getRow(2).getCell(0).setText("合计");
        t.getRow(2).getCell(1).setText("${合计}");
        XWPFTable swaps = doc.createTable(2, 1);
        swaps.getRow(0).getCell(0).setText("置换");
        swaps.getRow(1).getCell(0).setText("${置换项目}");
        byte[] filled = DocxTemplate.fill(bytes(doc), values());
        try (XWPFDocument out = new XWPFDocument(new ByteArrayInputStream(filled))) {
            XWPFTable table = out.getTables().get(0);
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("一(一)");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("12,000.00(王建国)");
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("二(一)");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("1,500.00(王建国)");
            assertThat(table.getRow(3).getCell(1).getText()).isEqualTo("18,274.00");
            assertThat(out.getTables().get(1).getRows()).hasSize(1);
        }
    }

    @Test
    @DisplayName("页眉、页脚中的占位符也被替换")
    void headersAndFooters() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "正文");
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("协议 ${编号}");
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("户主 ${户主}");
        byte[] filled = DocxTemplate.fill(bytes(doc), values());
        try (XWPFDocument out = new XWPFDocument(new ByteArrayInputStream(filled));
             XWPFWordExtractor text = new XWPFWordExtractor(out)) {
            assertThat(text.getText()).contains("协议 BZ-001", "户主 王建国").doesNotContain("${");
        }
    }
}
