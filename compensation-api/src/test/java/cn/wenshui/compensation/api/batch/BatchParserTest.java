package cn.wenshui.compensation.api.batch;

import static cn.wenshui.compensation.api.batch.Sheets.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.wenshui.compensation.api.batch.BatchParser.HouseholdDraft;
import cn.wenshui.compensation.api.batch.BatchParser.ParsedWorkbook;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The workbook parser on hand-made workbooks: malformed cells are reported at sheet, row and column without losing
 * the good rows; engine violations are pointed back at their cells. Amounts are worked from the regulation text.
 */
@DisplayName("批量导入:工作簿解析")
class BatchParserTest {
    static Schedule schedule;
    static QuoteEngine engine;

    @BeforeAll
    static void load() {
        schedule = ScheduleLoader.loadDefault();
        engine = new QuoteEngine(schedule, Readings.defaults());
    }

    static ParsedWorkbook parse(XSSFWorkbook wb) {
        return new BatchParser(schedule).parse(new ByteArrayInputStream(Sheets.bytes(wb)));
    }

    static HouseholdDraft household(ParsedWorkbook p, String id) {
        return p.households().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("格式有误的单元格")
    class MalformedCells {
        ParsedWorkbook parsed;
        BatchResult result;

        MalformedCells() {
            XSSFWorkbook wb = new XSSFWorkbook();
            // columns in another order than the template's, and one extra column
            Sheet h = wb.createSheet(BatchLayout.HOUSEHOLDS);
            Sheets.header(h, "住户编号", "村", "户主", "被拆迁房屋建筑面积m²", "签订协议日期", "支付补偿款日期", "搬迁日期",
                    "唯一住房(是/否)", "自定义备注");
            // H1: a number typed as text, one date cell and two dates typed as text, a boolean cell
            put(h, 2, "住户编号", "H1");
            put(h, 2, "村", "堡子村");
            put(h, 2, "户主", "张三");
            put(h, 2, "被拆迁房屋建筑面积m²", "31");
            put(h, 2, "签订协议日期", LocalDate.of(2023, 7, 1));
            put(h, 2, "支付补偿款日期", "2023/7/5");
            put(h, 2, "搬迁日期", "2023年8月4日");
            put(h, 2, "唯一住房(是/否)", true);
            put(h, 2, "自定义备注", "任意文字");
            // row 3 left blank on purpose (cells with empty text)
            put(h, 3, "住户编号", "");
            put(h, 3, "村", "  ");
            // H2: text in a number column
            put(h, 4, "住户编号", "H2");
            put(h, 4, "被拆迁房屋建筑面积m²", "三十一");
            // H3: a date that does not exist, and a bare Excel serial number in a date column
            put(h, 5, "住户编号", "H3");
            put(h, 5, "签订协议日期", "2023-02-30");
            put(h, 5, "支付补偿款日期", 45108);
            // H4: 31.5 in a cell formatted "0" shows 32, and is read as 31.5
            put(h, 6, "住户编号", "H4");
            put(h, 6, "被拆迁房屋建筑面积m²", 31.5);
            h.getRow(5).getCell(Sheets.col(h, "被拆迁房屋建筑面积m²")).setCellStyle(Sheets.style(wb, "0"));

            Sheet items = wb.createSheet(BatchLayout.ITEMS);
            Sheets.header(items, "住户编号", "项目编码", "数量", "胸径cm", "深度m", "装潢加价%", "有装潢(是/否)", "额外列");
            put(items, 2, "住户编号", "H1");
            put(items, 2, "项目编码", "1-1.annex.frame");
            put(items, 2, "数量", 10);
            put(items, 3, "住户编号", "H1");
            put(items, 3, "项目编码", "2-1.fruit.walnut");
            put(items, 3, "数量", "３"); // full-width digit
            put(items, 3, "胸径cm", "12");
            put(items, 3, "额外列", "忽略");
            // row 4 missing entirely
            put(items, 5, "住户编号", "H4");
            put(items, 5, "项目编码", "1-1.annex.frame");
            put(items, 5, "数量", "10m²");
            put(items, 6, "住户编号", "H4");
            put(items, 6, "项目编码", "1-1.cellar.brick-stone");
            put(items, 6, "数量", 6);
            Cell err = items.getRow(5).createCell(Sheets.col(items, "深度m"));
            err.setCellErrorValue(FormulaError.NA.getCode());
            // 砖台阶 2 m² with decoration, 30 % typed into a cell formatted as a percentage (stored 0.3)
            put(items, 7, "住户编号", "H1");
            put(items, 7, "项目编码", "1-1.stairs.brick-steps");
            put(items, 7, "数量", 2);
            put(items, 7, "有装潢(是/否)", "是");
            put(items, 7, "装潢加价%", 0.3);
            items.getRow(6).getCell(Sheets.col(items, "装潢加价%")).setCellStyle(Sheets.style(wb, "0%"));

            parsed = parse(wb);
            result = new BatchQuoter(engine).quote("t", "t.xlsx", parsed, 0);
        }

        @Test
        @DisplayName("文字填入数字列、不存在的日期、错误值:报出工作表、行、列与表头")
        void errorsPointAtCells() {
            assertThat(parsed.errors()).extracting(BatchError::sheet, BatchError::row, BatchError::column,
                    BatchError::header, BatchError::householdId, BatchError::rule).contains(
                    tuple("住户", 4, "D", "被拆迁房屋建筑面积m²", "H2", "not-a-number"),
                    tuple("住户", 5, "E", "签订协议日期", "H3", "not-a-date"),
                    tuple("清单", 5, "C", "数量", "H4", "not-a-number"),
                    tuple("清单", 6, "E", "深度m", "H4", "cell-error"));
            BatchError e = parsed.errors().stream().filter(x -> x.rule().equals("not-a-number")
                    && x.sheet().equals("住户")).findFirst().orElseThrow();
            assertThat(e.messageZh()).contains("三十一").contains("不是数字");
            assertThat(e.messageEn()).contains("not a number");
            assertThat(e.location()).isEqualTo("住户!D4");
        }

        @Test
        @DisplayName("多余的列:提示并忽略,不影响该行")
        void extraColumnsWarn() {
            assertThat(parsed.errors()).filteredOn(x -> x.level() == BatchError.Level.WARNING)
                    .extracting(BatchError::sheet, BatchError::row, BatchError::column, BatchError::rule)
                    .containsExactlyInAnyOrder(tuple("住户", 1, "I", "unknown-column"),
                            tuple("清单", 1, "H", "unknown-column"));
        }

        @Test
        @DisplayName("空行跳过;文字数字、日期单元格与文字日期、布尔单元格、全角数字、百分比格式都按原值读取")
        void goodValuesAreRead() {
            assertThat(parsed.households()).extracting(HouseholdDraft::id).containsExactly("H1", "H2", "H3", "H4");
            HouseholdDraft h1 = household(parsed, "H1");
            assertThat(h1.valid()).isTrue();
            var in = h1.household(h1.lines().stream().map(BatchParser.LineDraft::input).toList(), List.of());
            assertThat(in.demolishedBuildingAreaM2()).isEqualByComparingTo("31");
            assertThat(in.dates().agreementSigned()).isEqualTo(LocalDate.of(2023, 7, 1));
            assertThat(in.dates().compensationPaid()).isEqualTo(LocalDate.of(2023, 7, 5));
            assertThat(in.dates().movedOut()).isEqualTo(LocalDate.of(2023, 8, 4));
            assertThat(in.soleDwelling()).isTrue();
            assertThat(in.headOfHousehold()).isEqualTo("张三");
            assertThat(in.village()).isEqualTo("堡子村");
            List<ItemInput> lines = in.items();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(1).quantity()).isEqualByComparingTo("3");
            assertThat(lines.get(1).measurements().get("trunkDiameterCm")).isEqualByComparingTo("12");
            assertThat(lines.get(2).decorated()).isTrue();
            assertThat(lines.get(2).surchargePercent()).isEqualByComparingTo("30");

            HouseholdDraft h3 = household(parsed, "H3");
            var in3 = h3.household(List.of(), List.of());
            assertThat(in3.dates().compensationPaid()).isEqualTo(LocalDate.of(2023, 7, 1)); // serial 45108
            HouseholdDraft h4 = household(parsed, "H4");
            assertThat(h4.household(List.of(), List.of()).demolishedBuildingAreaM2()).isEqualByComparingTo("31.5");
        }

        @Test
        @DisplayName("有错误的住户整户跳过,其余住户照常报价")
        void badHouseholdsSkippedGoodQuoted() {
            assertThat(result.quoted()).extracting(BatchResult.QuotedHousehold::id).containsExactly("H1");
            assertThat(result.skipped()).extracting(BatchResult.SkippedHousehold::id)
                    .containsExactly("H2", "H3", "H4");
            var q = result.fullQuote(result.quoted().get(0)); // the full quote, computed again by the batch's engine
            // 附属平房 框架结构 10 m² × 1200 = 12,000.00
            assertThat(line(q.lines(), "1-1.annex.frame").amountMin()).isEqualByComparingTo("12000.00");
            // 核桃树 胸径 12 cm「11cm< 胸径≤15cm」500 元/株 × 3 = 1,500.00
            assertThat(line(q.lines(), "2-1.fruit.walnut").amountMin()).isEqualByComparingTo("1500.00");
            // 砖台阶 50-60 元/m², 有装潢 +30 %: 65-78 元/m² × 2 = 130.00 – 156.00
            QuoteLine stairs = line(q.lines(), "1-1.stairs.brick-steps");
            assertThat(stairs.amountMin()).isEqualByComparingTo("130.00");
            assertThat(stairs.amountMax()).isEqualByComparingTo("156.00");
            // 三(一) 31 m² × 10 = 310; 三(二) 31 × 6 × 24 = 4,464; 三(三) paid 07-05, moved 08-04: day 30, 50,000
            assertThat(line(q.lines(), "3-1.moving-subsidy").amountMin()).isEqualByComparingTo("310.00");
            assertThat(line(q.lines(), "3-2.settlement").amountMin()).isEqualByComparingTo("4464.00");
            assertThat(line(q.lines(), "3-3.incentive").amountMin()).isEqualByComparingTo("50000.00");
        }
    }

    static QuoteLine line(List<QuoteLine> lines, String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("引擎的违规字段(items[1].quantity 等)映射回工作表、行和列")
    void engineViolationsMapBack() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet h = wb.createSheet(BatchLayout.HOUSEHOLDS);
        Sheets.header(h, "住户编号", "唯一住房(是/否)", "困难延期经批准(是/否)");
        put(h, 2, "住户编号", "H5");
        put(h, 2, "唯一住房(是/否)", "否");
        put(h, 2, "困难延期经批准(是/否)", "是");
        put(h, 3, "住户编号", "H6");
        Sheet items = wb.createSheet(BatchLayout.ITEMS);
        Sheets.header(items, "住户编号", "项目编码", "数量", "行号", "深度m");
        put(items, 2, "住户编号", "H5");
        put(items, 2, "项目编码", "1-1.annex.frame");
        put(items, 2, "数量", 10);
        put(items, 3, "住户编号", "H5");
        put(items, 3, "项目编码", "1-1.annex.frame");
        put(items, 3, "数量", -5);
        put(items, 4, "住户编号", "H5");
        put(items, 4, "项目编码", "1-1.cellar.brick-stone");
        put(items, 4, "数量", 6);
        put(items, 5, "住户编号", "H5");
        put(items, 5, "项目编码", "no.such.code");
        put(items, 5, "数量", 1);
        put(items, 6, "住户编号", "H6");
        put(items, 6, "项目编码", "1-1.annex.frame");
        put(items, 6, "数量", 1);
        put(items, 7, "住户编号", "NOBODY");
        put(items, 7, "项目编码", "1-1.annex.frame");
        put(items, 7, "数量", 1);
        Sheet premises = wb.createSheet(BatchLayout.PREMISES);
        Sheets.header(premises, "住户编号", "编号", "名称", "面积m²");
        put(premises, 2, "住户编号", "H5");
        put(premises, 2, "面积m²", 0);

        ParsedWorkbook parsed = parse(wb);
        BatchResult r = new BatchQuoter(engine).quote("t", "t.xlsx", parsed, 0);

        assertThat(r.errors()).extracting(BatchError::sheet, BatchError::row, BatchError::column, BatchError::header,
                BatchError::field, BatchError::rule).containsExactly(
                tuple("住户", 2, "C", "困难延期经批准(是/否)", "hardshipExtensionApproved",
                        "hardship-requires-sole-dwelling"),
                tuple("清单", 3, "C", "数量", "items[1].quantity", "must-be-positive"),
                tuple("清单", 4, "E", "深度m", "items[2].measurements.depthM", "measurement-required"),
                tuple("清单", 5, "B", "项目编码", "items[3].code", "unknown-code"),
                tuple("清单", 7, "A", "住户编号", "householdId", "unknown-household"),
                tuple("养殖场所", 2, "D", "面积m²", "livestockPremises[0].areaM2", "must-be-positive"));
        assertThat(r.skipped()).extracting(BatchResult.SkippedHousehold::id, BatchResult.SkippedHousehold::errorCount)
                .containsExactly(tuple("H5", 5));
        // 附属平房 框架结构 1 m² × 1200 = 1,200.00
        assertThat(r.quoted()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("H6");
            assertThat(q.quote().totalMin()).isEqualByComparingTo("1200.00");
        });
        assertThat(r.totals().totalMin()).isEqualByComparingTo("1200.00");
        assertThat(r.totals().households()).isEqualTo(2);
    }

    @Test
    @DisplayName("重复的住户编号:各行报错,该户不报价")
    void duplicateHouseholds() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet h = wb.createSheet(BatchLayout.HOUSEHOLDS);
        Sheets.header(h, "住户编号", "户主");
        put(h, 2, "住户编号", "D1");
        put(h, 3, "住户编号", "D1");
        put(h, 4, "住户编号", "D2");
        Sheet items = wb.createSheet(BatchLayout.ITEMS);
        Sheets.header(items, "住户编号", "项目编码", "数量");
        BatchResult r = new BatchQuoter(engine).quote("t", "t.xlsx", parse(wb), 0);
        assertThat(r.errors()).extracting(BatchError::row, BatchError::rule)
                .containsExactly(tuple(2, "duplicate-household"), tuple(3, "duplicate-household"));
        assertThat(r.quoted()).extracting(BatchResult.QuotedHousehold::id).containsExactly("D2");
    }

    @Test
    @DisplayName("表头可在标题行之下;种类与规格可代替项目编码")
    void headerBelowTitleAndTextLookup() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet h = wb.createSheet(BatchLayout.HOUSEHOLDS);
        put(h, 1, 0, "堡子村 第一批");
        put(h, 3, 0, "住户编号");
        put(h, 4, 0, "T1");
        Sheet items = wb.createSheet(BatchLayout.ITEMS);
        Sheets.header(items, "住户编号", "种类", "规格", "数量");
        put(items, 2, "住户编号", "T1");
        put(items, 2, "种类", "附属平房");
        put(items, 2, "规格", "框架结构");
        put(items, 2, "数量", 10);
        BatchResult r = new BatchQuoter(engine).quote("t", "t.xlsx", parse(wb), 0);
        assertThat(r.errors()).isEmpty();
        // 附属平房 框架结构 10 m² × 1200 = 12,000.00
        assertThat(r.quoted()).singleElement().satisfies(q -> assertThat(q.quote().totalMin())
                .isEqualByComparingTo("12000.00"));
    }

    @Test
    @DisplayName("1904 日期系统的工作簿(旧版 Mac Excel):日期单元格照样读对")
    void date1904() {
        XSSFWorkbook wb = new XSSFWorkbook();
        var pr = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr()
                : wb.getCTWorkbook().addNewWorkbookPr();
        pr.setDate1904(true);
        assertThat(wb.isDate1904()).isTrue();
        Sheet h = wb.createSheet(BatchLayout.HOUSEHOLDS);
        Sheets.header(h, "住户编号", "搬迁日期");
        put(h, 2, "住户编号", "M1");
        put(h, 2, "搬迁日期", LocalDate.of(2023, 8, 4));
        Sheets.header(wb.createSheet(BatchLayout.ITEMS), "住户编号", "项目编码", "数量");
        ParsedWorkbook p = parse(wb);
        assertThat(p.errors()).isEmpty();
        assertThat(household(p, "M1").household(List.of(), List.of()).dates().movedOut())
                .isEqualTo(LocalDate.of(2023, 8, 4));
    }

    @Test
    @DisplayName("整个工作簿不可用:不是 .xlsx、缺少工作表、缺少必需列")
    void unusableWorkbooks() {
        BatchParser parser = new BatchParser(schedule);
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream("不是工作簿".getBytes())))
                .isInstanceOfSatisfying(BatchParser.WorkbookException.class,
                        e -> assertThat(e.error().rule()).isEqualTo("not-xlsx"));

        XSSFWorkbook noItems = new XSSFWorkbook();
        Sheets.header(noItems.createSheet(BatchLayout.HOUSEHOLDS), "住户编号");
        assertThatThrownBy(() -> parse(noItems)).isInstanceOfSatisfying(BatchParser.WorkbookException.class,
                e -> assertThat(e.error()).extracting(BatchError::sheet, BatchError::rule)
                        .containsExactly("清单", "sheet-missing"));

        XSSFWorkbook noQuantity = new XSSFWorkbook();
        Sheets.header(noQuantity.createSheet(BatchLayout.HOUSEHOLDS), "住户编号");
        Sheets.header(noQuantity.createSheet(BatchLayout.ITEMS), "住户编号", "项目编码");
        assertThatThrownBy(() -> parse(noQuantity)).isInstanceOfSatisfying(BatchParser.WorkbookException.class,
                e -> assertThat(e.error().messageZh()).contains("缺少「数量」列"));
    }

    @Test
    @DisplayName("数值单元格按原值读取,不经显示格式,不经二进制小数展开")
    void numbersAreExact() throws Exception {
        assertThat(CellValues.number("0.1", false)).isEqualByComparingTo("0.1");
        assertThat(CellValues.number("1,200.50", false)).isEqualByComparingTo("1200.50");
        assertThat(CellValues.number("１２", false)).isEqualByComparingTo("12");
        assertThat(CellValues.number("30%", true)).isEqualByComparingTo("30");
        assertThatThrownBy(() -> CellValues.number("30%", false)).isInstanceOf(CellValues.Problem.class);
        assertThatThrownBy(() -> CellValues.number("1,20", false)).isInstanceOf(CellValues.Problem.class);
        assertThatThrownBy(() -> CellValues.number("1e400", false)).isInstanceOf(CellValues.Problem.class);
        // a computed cell holding 0.1 + 0.2 is read as Excel shows it: 0.3
        SheetReader.RawFormatter f = new SheetReader.RawFormatter();
        assertThat(f.formatRawCellContents(0.1 + 0.2, 0, "General")).isEqualTo("0.3");
        assertThat(f.formatRawCellContents(10.5, 1, "0")).isEqualTo("10.5");
        assertThat(f.formatRawCellContents(45108, 14, "m/d/yy")).isEqualTo("2023-07-01");
        assertThat(new BigDecimal(f.formatRawCellContents(1234567.89, 4, "#,##0.00")))
                .isEqualByComparingTo("1234567.89");
        assertThat(SheetReader.column("A1")).isZero();
        assertThat(SheetReader.column("Z9")).isEqualTo(25);
        assertThat(SheetReader.column("AB12")).isEqualTo(27);
        assertThat(SheetReader.column("XFD1048576")).isEqualTo(16383);
    }
}
