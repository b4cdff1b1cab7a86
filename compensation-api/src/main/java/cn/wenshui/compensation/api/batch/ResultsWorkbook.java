package cn.wenshui.compensation.api.batch;

import cn.wenshui.compensation.api.batch.BatchResult.QuoteSummary;
import cn.wenshui.compensation.api.batch.BatchResult.QuotedHousehold;
import cn.wenshui.compensation.api.batch.BatchResult.SectionTotal;
import cn.wenshui.compensation.money.MoneyFormat;
import cn.wenshui.compensation.quote.Incentive;
import cn.wenshui.compensation.quote.LineStatus;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Subtotal;
import cn.wenshui.compensation.schedule.Reward;
import cn.wenshui.compensation.schedule.Schedule;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The results of a batch as a workbook, written streaming (SXSSF: a window of rows in memory, the rest in compressed
 * temporary files), so a batch of tens of thousands of households costs little memory.
 *
 * <p>Money is written as numeric cells formatted {@code #,##0.00}, so staff can sum and filter. The engine rounds
 * every amount to the fen before it gets here; a 2-decimal amount below 10^13 yuan converts to the double nearest to
 * it and Excel (15 significant digits) shows and re-reads exactly that decimal. The exact figures remain those of the
 * quote (JSON API and ledger); the workbook is for reading and summing.
 */
public final class ResultsWorkbook {
    static final String SUMMARY = "住户汇总";
    static final String LINES = "明细";
    static final String DISTRICT = "片区汇总";
    static final String ERRORS = "错误";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private ResultsWorkbook() {
    }

    public static void write(BatchResult batch, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            Styles st = new Styles(wb);
            summary(wb.createSheet(SUMMARY), batch, st);
            lines(wb.createSheet(LINES), batch, st);
            district(wb.createSheet(DISTRICT), batch, st);
            errors(wb.createSheet(ERRORS), batch, st);
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle price;
        final CellStyle quantity;
        final CellStyle bold;
        final CellStyle boldMoney;

        Styles(SXSSFWorkbook wb) {
            Font b = wb.createFont();
            b.setBold(true);
            header = wb.createCellStyle();
            header.setFont(b);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            var f = wb.createDataFormat();
            money = wb.createCellStyle();
            money.setDataFormat(f.getFormat(MoneyFormat.CELL_AMOUNT));
            price = wb.createCellStyle();
            price.setDataFormat(f.getFormat(MoneyFormat.CELL_UNIT_PRICE));
            quantity = wb.createCellStyle();
            quantity.setDataFormat(f.getFormat("#,##0.####"));
            bold = wb.createCellStyle();
            bold.setFont(b);
            boldMoney = wb.createCellStyle();
            boldMoney.setFont(b);
            boldMoney.setDataFormat(f.getFormat(MoneyFormat.CELL_AMOUNT));
        }
    }

    private static void header(Sheet sheet, List<String> headers, int[] widths, CellStyle style, int frozenCols) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(style);
            sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 14) * 256);
        }
        sheet.createFreezePane(frozenCols, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
    }

    private static void text(Row row, int col, String value) {
        if (value != null) {
            row.createCell(col).setCellValue(value);
        }
    }

    /** A BigDecimal at the POI boundary: the double nearest to it, displayed with the style's format. */
    private static void number(Row row, int col, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell c = row.createCell(col);
            c.setCellValue(value.doubleValue());
            c.setCellStyle(style);
        }
    }

    private static void summary(Sheet sheet, BatchResult batch, Styles st) {
        List<SectionTotal> sections = batch.totals().sections();
        List<String> headers = new ArrayList<>(List.of("住户编号", "户主", "村", "合计最低", "合计最高"));
        for (SectionTotal s : sections) {
            headers.add(s.section() + s.title() + " 最低");
            headers.add(s.section() + s.title() + " 最高");
        }
        headers.addAll(List.of("正房置换m²", "宅基地置换m²", "待定事项数", "奖励", "奖励说明", "「住户」表行号", "台账编号"));
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 14);
        widths[headers.size() - 3] = 40;
        header(sheet, headers, widths, st.header, 3);
        int r = 1;
        for (QuotedHousehold h : batch.quoted()) {
            QuoteSummary q = h.quote();
            Row row = sheet.createRow(r++);
            int c = 0;
            text(row, c++, h.id());
            text(row, c++, q.headOfHousehold());
            text(row, c++, q.village());
            number(row, c++, q.totalMin(), st.money);
            number(row, c++, q.totalMax(), st.money);
            for (SectionTotal s : sections) {
                Subtotal sub = q.subtotals().stream().filter(x -> x.section().equals(s.section())).findFirst()
                        .orElse(null);
                number(row, c++, sub == null ? BigDecimal.ZERO : sub.amountMin(), st.money);
                number(row, c++, sub == null ? BigDecimal.ZERO : sub.amountMax(), st.money);
            }
            number(row, c++, q.mainHouseSwapM2(), st.money);
            number(row, c++, q.homesteadSwapM2(), st.money);
            row.createCell(c++).setCellValue(q.pending());
            Incentive inc = q.incentive();
            number(row, c++, inc == null ? null : inc.amount(), st.money);
            text(row, c++, incentiveText(inc, batch.engine().schedule()));
            row.createCell(c++).setCellValue(h.row());
            if (h.ledgerEntryId() != null) {
                row.createCell(c).setCellValue(h.ledgerEntryId());
            }
        }
        if (!batch.quoted().isEmpty()) {
            Row total = sheet.createRow(r);
            Cell label = total.createCell(0);
            label.setCellValue("合计(" + batch.quoted().size() + "户)");
            label.setCellStyle(st.bold);
            number(total, 3, batch.totals().totalMin(), st.boldMoney);
            number(total, 4, batch.totals().totalMax(), st.boldMoney);
            int c = 5;
            for (SectionTotal s : sections) {
                number(total, c++, s.min(), st.boldMoney);
                number(total, c++, s.max(), st.boldMoney);
            }
        }
    }

    /** The incentive in a few words; the rewards of the deadlines (in 万元) come from the schedule's incentive row. */
    static String incentiveText(Incentive inc, Schedule schedule) {
        if (inc == null) {
            return null;
        }
        List<Reward> rewards = schedule.incentiveRewards();
        return switch (inc.status()) {
            case NOT_STARTED -> "未起算(签订协议并支付补偿款后起算)";
            case AWAITING_MOVE_OUT -> "待搬迁:" + inc.fullDeadline() + "前(含)搬迁奖励" + rewards.get(0).amountWords()
                    + "," + inc.reducedDeadline() + "前(含)" + rewards.get(1).amountWords();
            case DECIDED -> inc.dayNumber() == null ? "搬迁早于起算日(解释I-32)" : "第" + inc.dayNumber() + "日搬迁";
            case REFERRED -> "搬迁早于起算日,报凤城镇核实(解释I-32)";
        };
    }

    static String statusText(LineStatus s) {
        return switch (s) {
            case EXACT -> "确定";
            case RANGE -> "区间(未给评估单价)";
            case OVERRIDDEN -> "依评估价";
            case NOT_COMPENSATED -> "不予补偿";
        };
    }

    private static void lines(Sheet sheet, BatchResult batch, Styles st) {
        header(sheet, List.of("住户编号", "序号", "行号", "条款", "种类", "规格", "数量", "单位", "单价最低", "单价最高",
                        "金额最低", "金额最高", "状态", "说明"),
                new int[] {14, 6, 8, 12, 16, 20, 10, 6, 12, 12, 14, 14, 12, 80}, st.header, 2);
        int r = 1;
        for (QuotedHousehold h : batch.quoted()) {
            // quoted again, one household at a time: the kept batch holds no quote lines (BatchResult)
            Quote q = batch.fullQuote(h);
            for (QuoteLine l : q.lines()) {
                Row row = sheet.createRow(r++);
                text(row, 0, h.id());
                row.createCell(1).setCellValue(l.no());
                text(row, 2, l.ref());
                text(row, 3, l.clause());
                text(row, 4, l.category());
                text(row, 5, l.spec());
                number(row, 6, l.quantity(), st.quantity);
                text(row, 7, l.unit());
                number(row, 8, l.unitPriceMin(), st.price);
                number(row, 9, l.unitPriceMax(), st.price);
                number(row, 10, l.amountMin(), st.money);
                number(row, 11, l.amountMax(), st.money);
                text(row, 12, statusText(l.status()));
                text(row, 13, l.explanation());
            }
            for (PendingItem p : q.pending()) {
                Row row = sheet.createRow(r++);
                text(row, 0, h.id());
                text(row, 2, p.ref());
                text(row, 3, p.clause());
                text(row, 4, p.category());
                text(row, 5, p.spec());
                number(row, 6, p.quantity(), st.quantity);
                text(row, 7, p.unit());
                text(row, 12, "待定:" + p.modeZh());
                text(row, 13, p.reason());
            }
        }
    }

    private static void district(Sheet sheet, BatchResult batch, Styles st) {
        BatchResult.Totals t = batch.totals();
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 18 * 256);
        sheet.setColumnWidth(3, 10 * 256);
        int r = 0;
        Object[][] facts = {
                {"批次", batch.batchId()},
                {"文件", batch.fileName()},
                {"导入时间", TIME.format(batch.createdAt())},
                {"标准", batch.scheduleId() + " v" + batch.scheduleVersion() + ",引擎 " + batch.engineVersion()},
                {"住户数(「住户」表)", t.households()},
                {"已报价住户", t.quotedHouseholds()},
                {"未报价住户(有错误)", t.skippedHouseholds()},
                {"错误 / 提示", t.errors() + " / " + t.warnings()},
                {"待定事项(评估、协商等,不计入金额)", t.pendingItems()},
                {"正房置换面积合计m²", t.mainHouseSwapM2()},
                {"宅基地置换面积合计m²", t.homesteadSwapM2()},
        };
        for (Object[] f : facts) {
            Row row = sheet.createRow(r++);
            text(row, 0, (String) f[0]);
            if (f[1] instanceof BigDecimal b) {
                number(row, 1, b, st.money);
            } else if (f[1] instanceof Integer i) {
                row.createCell(1).setCellValue(i);
            } else {
                text(row, 1, String.valueOf(f[1]));
            }
        }
        r++;
        Row h = sheet.createRow(r++);
        String[] headers = {"条款", "最低", "最高", "户数"};
        for (int i = 0; i < headers.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers[i]);
            c.setCellStyle(st.header);
        }
        for (SectionTotal s : t.sections()) {
            Row row = sheet.createRow(r++);
            text(row, 0, s.section() + " " + s.title());
            number(row, 1, s.min(), st.money);
            number(row, 2, s.max(), st.money);
            row.createCell(3).setCellValue(s.households());
        }
        Row total = sheet.createRow(r);
        Cell label = total.createCell(0);
        label.setCellValue("总预算");
        label.setCellStyle(st.bold);
        number(total, 1, t.totalMin(), st.boldMoney);
        number(total, 2, t.totalMax(), st.boldMoney);
        total.createCell(3).setCellValue(t.quotedHouseholds());
    }

    private static void errors(Sheet sheet, BatchResult batch, Styles st) {
        header(sheet, List.of("工作表", "位置", "行", "列", "表头", "住户编号", "级别", "规则", "说明", "Message", "字段"),
                new int[] {10, 12, 6, 5, 16, 14, 6, 24, 60, 60, 30}, st.header, 0);
        int r = 1;
        for (BatchError e : batch.errors()) {
            Row row = sheet.createRow(r++);
            text(row, 0, e.sheet());
            text(row, 1, e.location());
            if (e.row() != null) {
                row.createCell(2).setCellValue(e.row());
            }
            text(row, 3, e.column());
            text(row, 4, e.header());
            text(row, 5, e.householdId());
            text(row, 6, e.isError() ? "错误" : "提示");
            text(row, 7, e.rule());
            text(row, 8, e.messageZh());
            text(row, 9, e.messageEn());
            text(row, 10, e.field());
        }
    }
}
