package cn.wenshui.compensation.api.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.api.household.HouseholdState;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 5: the 分户台账 in Excel, one sheet per village, each printing landscape on A4, fitted to the width,
 * its title and header rows repeated on every page. Amounts: 附属平房 框架结构 10 m² × 1200 元/m² (一(一)) = 12,000.00.
 */
@DisplayName("分户台账(Excel):每村一张工作表,横向、适应页宽、重复标题行")
class CaseloadVillageSheetsTest {
    private static final BigDecimal FRAME_10_M2 = new BigDecimal("12000.00"); // 10 m² × 1200 元/m²

    private static CaseloadRepository.Row row(long id, String code, String village, String group) {
        return new CaseloadRepository.Row(id, code, village, group, HouseholdState.SIGNED, id, FRAME_10_M2,
                FRAME_10_M2, new EntryDigest(id, "AWAITING_MOVE_OUT", null, LocalDate.of(2023, 7, 5),
                LocalDate.of(2023, 8, 4), LocalDate.of(2023, 8, 19), null, 0, 0, 0, 0), FRAME_10_M2, true, "王五",
                "13800001234");
    }

    private static byte[] workbook(List<CaseloadRepository.Row> rows) {
        CaseloadViews.Amount none = new CaseloadViews.Amount(0, BigDecimal.ZERO, BigDecimal.ZERO);
        CaseloadViews.Summary empty = new CaseloadViews.Summary(0, List.of(), none, none, none, none, none, none,
                new CaseloadViews.Awaiting(0, 0, 0, 0));
        return new CaseloadWorkbook().write(new CaseloadViews.Dashboard(LocalDate.of(2023, 7, 20), "s", empty,
                List.of()), List.of(), rows);
    }

    @Test
    @DisplayName("两个村:各有一张以村名命名的台账工作表,行数、合计与打印设置")
    void oneSheetPerVillage() throws Exception {
        List<CaseloadRepository.Row> rows = List.of(row(1, "BZ-1", "堡子村", "一组"), row(2, "BZ-2", "堡子村", "二组"),
                row(3, "XB-1", "西堡/村[新]", "一组"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(rows)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(wb.getSheetName(3)).isEqualTo("堡子村");
            assertThat(wb.getSheetName(4)).isEqualTo("西堡_村_新_");
            XSSFSheet bz = wb.getSheet("堡子村");
            assertThat(bz.getRow(0).getCell(0).getStringCellValue()).contains("堡子村", "分户台账", "2023-07-20");
            assertThat(bz.getRow(1).getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(bz.getRow(2).getCell(0).getStringCellValue()).isEqualTo("BZ-1");
            assertThat(bz.getRow(3).getCell(0).getStringCellValue()).isEqualTo("BZ-2");
            assertThat(bz.getRow(4).getCell(0).getStringCellValue()).isEqualTo("合计 2 户");
            assertThat(bz.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(24_000); // 2 × 12,000
            XSSFSheet xb = wb.getSheet("西堡_村_新_");
            assertThat(xb.getRow(2).getCell(0).getStringCellValue()).isEqualTo("XB-1");
            assertThat(xb.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(12_000);
            for (XSSFSheet s : List.of(bz, xb)) {
                assertThat(s.getPrintSetup().getLandscape()).isTrue();
                assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(s.getFitToPage()).isTrue();
                assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
            }
        }
    }

    @Test
    @DisplayName("村名超过31字或与其他工作表重名:截短并加序号,仍每村一张")
    void longAndClashingNames() throws Exception {
        String longName = "堡".repeat(40);
        List<CaseloadRepository.Row> rows = List.of(row(1, "A-1", "汇总", null), row(2, "B-1", longName, null),
                row(3, "C-1", longName + "乙", null));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(rows)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(6);
            assertThat(wb.getSheetName(3)).isEqualTo("汇总(2)");
            assertThat(wb.getSheetName(4)).isEqualTo("堡".repeat(31));
            assertThat(wb.getSheetName(5)).isEqualTo("堡".repeat(28) + "(2)");
            assertThat(wb.getSheetAt(5).getRow(2).getCell(0).getStringCellValue()).isEqualTo("C-1");
        }
    }
}
