package cn.wenshui.compensation.api.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The default 补偿协议 template shipped with the service and its source ({@link DefaultAgreementTemplate}). */
@DisplayName("默认补偿协议模板:随服务发布的 .docx 与其来源一致,只用已定义的占位符")
class DefaultTemplateTest {

    @Test
    @EnabledIfSystemProperty(named = "agreement.regenerate", matches = "true")
    @DisplayName("重新生成默认模板(仅在 -Dagreement.regenerate=true 时)")
    void regenerate() throws Exception {
        DefaultAgreementTemplate.write(DefaultAgreementTemplate.RESOURCE);
    }

    @Test
    @DisplayName("提交的 .docx 与 DefaultAgreementTemplate 的文字逐段相同")
    void committedMatchesItsSource() throws Exception {
        byte[] committed = AgreementService.defaultTemplate();
        try (XWPFDocument shipped = new XWPFDocument(new ByteArrayInputStream(committed));
             XWPFDocument source = builtAndReadBack()) {
            assertThat(texts(shipped)).isEqualTo(texts(source));
        }
    }

    @Test
    @DisplayName("默认模板通过上传检查,且用到全部占位符")
    void passesTheUploadCheckAndUsesEveryPlaceholder() throws Exception {
        byte[] bytes = Files.readAllBytes(DefaultAgreementTemplate.RESOURCE);
        assertThat(TemplateCheck.check(bytes, 1 << 20))
                .containsExactlyInAnyOrderElementsOf(Placeholders.ALL.stream().map(Placeholders.Placeholder::name)
                        .toList());
    }

    @Test
    @DisplayName("模板文字不写补偿标准的天数与金额(由占位符从补偿标准数据填入)")
    void statesNoNumberOfTheRegulation() throws Exception {
        try (XWPFDocument doc = builtAndReadBack()) {
            String all = String.join("\n", texts(doc));
            assertThat(all).doesNotContain("30", "45", "50000", "30000", "5万", "3万", "三十日", "四十五日");
        }
    }

    /** The source's document, written and read again: a table built in memory does not report its text. */
    private static XWPFDocument builtAndReadBack() throws java.io.IOException {
        java.io.ByteArrayOutputStream built = new java.io.ByteArrayOutputStream();
        try (XWPFDocument doc = DefaultAgreementTemplate.build()) {
            doc.write(built);
        }
        return new XWPFDocument(new ByteArrayInputStream(built.toByteArray()));
    }

    static List<String> texts(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p.getText());
            } else if (e instanceof XWPFTable t) {
                out.add("[table] " + t.getText());
            }
        }
        doc.getFooterList().forEach(f -> out.add("[footer] " + f.getText()));
        return out;
    }
}
