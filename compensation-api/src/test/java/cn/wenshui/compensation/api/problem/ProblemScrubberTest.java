package cn.wenshui.compensation.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("problem 中的类名与服务器路径被替换,其余原样")
class ProblemScrubberTest {

    @Test
    @DisplayName("发现 6 的样例:SAX、POI、BigDecimal 的类名与上传临时文件路径")
    void namesAndPathsAreReplaced() {
        String tmp = System.getProperty("java.io.tmpdir");
        Problem p = new Problem("/problems/invalid-workbook", "Invalid workbook", 422,
                "the workbook cannot be read (damaged?): org.xml.sax.SAXParseException; lineNumber: 1", "/batch",
                List.of(new Problem.ProblemViolation("file", "unreadable-workbook",
                        "无法读取:org.apache.poi.openxml4j.opc.PackagePart 于 " + tmp + "/uploads/upload-1f3a.tmp",
                        "cannot be deserialized as `java.math.BigDecimal` in /home/svc/data/x.mv.db (Foo.java:12)")));
        Problem clean = ProblemScrubber.scrub(p);
        assertThat(clean.detail()).isEqualTo("the workbook cannot be read (damaged?): (internal); lineNumber: 1");
        assertThat(clean.violations().get(0).messageZh()).isEqualTo("无法读取:(internal) 于 (file)");
        assertThat(clean.violations().get(0).messageEn())
                .isEqualTo("cannot be deserialized as (internal) in (file) ((file))");
        assertThat(clean.instance()).isEqualTo("/batch");
        assertThat(clean.violations().get(0).field()).isEqualTo("file");
    }

    @Test
    @DisplayName("普通的说明(API 路径、日期、中文、数字)不受影响")
    void ordinaryTextIsKept() {
        String s = "ledger entry 12 of /api/v1/ledger/quotes, 2023-07-01, 需要 application/json, 1.5 m², v1.2.3";
        assertThat(ProblemScrubber.text(s)).isEqualTo(s);
    }
}
