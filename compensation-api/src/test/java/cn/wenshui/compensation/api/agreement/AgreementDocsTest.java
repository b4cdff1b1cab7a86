package cn.wenshui.compensation.api.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/agreement.md's placeholder table lists exactly the placeholders of {@link Placeholders}, in order. */
@DisplayName("docs/agreement.md 的占位符表与 Placeholders 一致")
class AgreementDocsTest {

    @Test
    @DisplayName("文档中的占位符表:名称、顺序、是否必需")
    void tableMatchesTheList() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../docs/agreement.md"));
        Pattern row = Pattern.compile("^\\| `\\$\\{([^}]+)}` \\| [^|]+ \\| (必需)? *\\|");
        List<String> documented = new ArrayList<>();
        List<String> required = new ArrayList<>();
        for (String l : lines) {
            Matcher m = row.matcher(l);
            if (m.find()) {
                documented.add(m.group(1));
                if (m.group(2) != null) {
                    required.add(m.group(1));
                }
            }
        }
        assertThat(documented).containsExactlyElementsOf(Placeholders.ALL.stream().map(Placeholders.Placeholder::name)
                .toList());
        assertThat(required).containsExactlyInAnyOrderElementsOf(TemplateCheck.REQUIRED);
    }
}
