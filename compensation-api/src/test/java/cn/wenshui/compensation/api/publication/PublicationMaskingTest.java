package cn.wenshui.compensation.api.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import cn.wenshui.compensation.api.household.Household;
import cn.wenshui.compensation.api.household.HouseholdState;
import cn.wenshui.compensation.api.household.HouseholdViews;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * No 公示 output shows a name or an ID number unmasked: generated households (names of two to four characters,
 * 18-character ID numbers) go through the one masking of a published file and into the table's JSON and workbook,
 * and neither holds the full name nor the ID's hidden middle.
 */
@DisplayName("公示表:任何生成的住户,其姓名与身份证号在 JSON 与 Excel 中都只以遮蔽形式出现")
class PublicationMaskingTest {
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴欧阳";
    private static final String GIVEN = "建国小红明亮强伟芳娜秀英志华";

    static Gen<Household> households() {
        Gen<String> name = SourceDSL.integers().between(0, SURNAMES.length() - 1)
                .zip(SourceDSL.lists().of(SourceDSL.integers().between(0, GIVEN.length() - 1)).ofSizeBetween(1, 3),
                        (s, g) -> {
                            StringBuilder b = new StringBuilder().append(SURNAMES.charAt(s));
                            g.forEach(i -> b.append(GIVEN.charAt(i)));
                            return b.toString();
                        });
        Gen<String> id = SourceDSL.longs().between(100_000_000_000_000L, 999_999_999_999_999L)
                .zip(SourceDSL.integers().between(100, 999), (a, b) -> Long.toString(a) + b);
        return name.zip(id, SourceDSL.integers().between(1, 9999), (n, i, k) -> new Household(k, "GS-" + k,
                new Household.Facts(n, i, "堡子村", "一组", "堡子村" + k + "号", "13800001234", null, null, null, null),
                HouseholdState.PUBLISHED_1, Instant.EPOCH, "t", Instant.EPOCH, "t", 1));
    }

    @Test
    @DisplayName("遮蔽:户主 张*/张*三,身份证号 前6后4;JSON 与 Excel 中不见原文")
    void nothingUnmasked() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        PublicationWorkbook workbook = new PublicationWorkbook();
        qt().withExamples(60).forAll(SourceDSL.lists().of(households()).ofSizeBetween(1, 8)).checkAssert(hs -> {
            List<PublicationViews.Row> rows = new ArrayList<>();
            for (Household h : hs) {
                rows.add(PublicationService.row(rows.size() + 1, HouseholdViews.Published.of(h), null, List.of()));
            }
            PublicationViews.Table t = new PublicationViews.Table("公示表", "测试", "堡子村", null, 1,
                    LocalDate.of(2023, 6, 10), LocalDate.of(2023, 6, 16), "联系", "文政发", List.of(), rows,
                    cn.wenshui.compensation.money.Money.ZERO, rows.size(), 0);
            String text;
            try {
                text = json.writeValueAsString(t) + "\n" + cells(workbook.write(t));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            for (Household h : hs) {
                String name = h.facts().headName();
                String id = h.facts().idNumber();
                if (name.length() > 1) {
                    assertThat(text).doesNotContain(name);
                }
                assertThat(text).doesNotContain(id).doesNotContain(id.substring(6, 14))
                        .contains(id.substring(0, 6) + "********" + id.substring(14));
                assertThat(text).doesNotContain(h.facts().phone());
            }
        });
    }

    private static String cells(byte[] xlsx) throws Exception {
        StringBuilder b = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    b.append(c.toString()).append('\t');
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
