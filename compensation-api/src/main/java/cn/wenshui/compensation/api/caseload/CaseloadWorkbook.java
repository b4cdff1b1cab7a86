package cn.wenshui.compensation.api.caseload;

import cn.wenshui.compensation.money.MoneyFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import cn.wenshui.compensation.api.sheets.PrintedSheets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The dashboard as staff keep it in Excel/WPS: 汇总 (per village and 组), 期限 (the deadline list), 分户台账
 * (one row per household and its current entry, the whole 片区 for sorting and filtering) and then the 分户台账 of
 * each village on a sheet of its own, named after the village, to print and hand to that village. Amounts are numbers
 * with the project's cell format, so sums in the workbook agree with the service's; every sheet prints landscape on
 * A4, fitted to the width, its header rows repeated on every page.
 */
@ApplicationScoped
public class CaseloadWorkbook {

    public byte[] write(CaseloadViews.Dashboard dashboard, List<CaseloadViews.Deadline> deadlines,
                        List<CaseloadRepository.Row> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            summary(wb.createSheet("汇总"), st, dashboard);
            deadlines(wb.createSheet("期限"), st, deadlines, dashboard.asOf());
            ledger(wb.createSheet("分户台账"), st, rows);
            villageSheets(wb, st, rows, dashboard.asOf());
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet s, Styles st, CaseloadViews.Dashboard d) {
        header(s, st, "村", "组", "户数", "已出具补偿(户)", "补偿合计(低)", "补偿合计(高)", "已签约(户)", "签约金额(低)",
                "签约金额(高)", "已付款(户)", "已付金额", "尚欠(低)", "尚欠(高)", "奖励已核定(户)", "奖励已核定金额",
                "奖励尚可(户)", "奖励尚可(高)", "待评估项", "待协商项", "待审定项", "其他待定项");
        int r = 1;
        r = summaryRow(s, st, r, "合计", "", d.total());
        for (CaseloadViews.Village v : d.villages()) {
            r = summaryRow(s, st, r, v.village(), "", v.summary());
            for (CaseloadViews.Group g : v.groups()) {
                r = summaryRow(s, st, r, v.village(), g.group(), g.summary());
            }
        }
        Row note = s.createRow(r + 1);
        note.createCell(0).setCellValue("截至 " + d.asOf() + ";按各户当前有效的账本条目计算。");
    }

    private static int summaryRow(Sheet s, Styles st, int r, String village, String group, CaseloadViews.Summary m) {
        Row row = s.createRow(r);
        int c = 0;
        row.createCell(c++).setCellValue(village);
        row.createCell(c++).setCellValue(group);
        row.createCell(c++).setCellValue(m.households());
        c = amount(row, c, st, m.quoted());
        c = amount(row, c, st, m.signed());
        row.createCell(c++).setCellValue(m.paid().households());
        money(row, c++, st, m.paid().max());
        money(row, c++, st, m.outstanding().min());
        money(row, c++, st, m.outstanding().max());
        row.createCell(c++).setCellValue(m.decided().households());
        money(row, c++, st, m.decided().max());
        row.createCell(c++).setCellValue(m.possible().households());
        money(row, c++, st, m.possible().max());
        row.createCell(c++).setCellValue(m.awaiting().appraisal());
        row.createCell(c++).setCellValue(m.awaiting().negotiation());
        row.createCell(c++).setCellValue(m.awaiting().committee());
        row.createCell(c).setCellValue(m.awaiting().other());
        return r + 1;
    }

    private static int amount(Row row, int c, Styles st, CaseloadViews.Amount a) {
        row.createCell(c).setCellValue(a.households());
        money(row, c + 1, st, a.min());
        money(row, c + 2, st, a.max());
        return c + 3;
    }

    private static void deadlines(Sheet s, Styles st, List<CaseloadViews.Deadline> list, LocalDate asOf) {
        header(s, st, "编号", "户主", "电话", "村", "组", "状态", "起算日", "第一期限", "剩余天数", "第二期限", "剩余天数",
                "今日搬迁可得奖励");
        int r = 1;
        for (CaseloadViews.Deadline d : list) {
            Row row = s.createRow(r++);
            int c = 0;
            row.createCell(c++).setCellValue(d.code());
            row.createCell(c++).setCellValue(d.headName() == null ? "" : d.headName());
            row.createCell(c++).setCellValue(d.phone() == null ? "" : d.phone());
            row.createCell(c++).setCellValue(d.village());
            row.createCell(c++).setCellValue(d.group() == null ? "" : d.group());
            row.createCell(c++).setCellValue(d.stateLabel());
            row.createCell(c++).setCellValue(String.valueOf(d.startDate()));
            row.createCell(c++).setCellValue(String.valueOf(d.fullDeadline()));
            if (d.daysToFull() != null) {
                row.createCell(c).setCellValue(d.daysToFull());
            }
            c++;
            row.createCell(c++).setCellValue(String.valueOf(d.reducedDeadline()));
            if (d.daysToReduced() != null) {
                row.createCell(c).setCellValue(d.daysToReduced());
            }
            c++;
            money(row, c, st, d.reachableNow());
        }
        s.createRow(r + 1).createCell(0).setCellValue("截至 " + asOf + ";剩余天数为负表示该期限已过。"
                + "户主与电话仅工作人员导出时为全文(每次导出记入查阅记录),其他人导出时已遮蔽。");
    }

    private static void ledger(Sheet s, Styles st, List<CaseloadRepository.Row> rows) {
        header(s, st, "编号", "村", "组", "状态", "当前账本条目", "补偿合计(低)", "补偿合计(高)", "奖励状态", "奖励金额",
                "第一期限", "第二期限", "搬迁交房日", "待定项");
        int r = 1;
        for (CaseloadRepository.Row h : rows) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(h.code());
            row.createCell(1).setCellValue(h.village());
            row.createCell(2).setCellValue(h.group() == null ? "" : h.group());
            row.createCell(3).setCellValue(h.state().label());
            if (h.seq() != null) {
                row.createCell(4).setCellValue(h.seq());
                money(row, 5, st, h.totalMin());
                money(row, 6, st, h.totalMax());
            }
            EntryDigest d = h.digest();
            if (d != null) {
                row.createCell(7).setCellValue(d.incentiveStatus() == null ? "" : d.incentiveStatus());
                money(row, 8, st, d.incentiveAmount());
                row.createCell(9).setCellValue(d.fullDeadline() == null ? "" : d.fullDeadline().toString());
                row.createCell(10).setCellValue(d.reducedDeadline() == null ? "" : d.reducedDeadline().toString());
                row.createCell(11).setCellValue(d.movedOut() == null ? "" : d.movedOut().toString());
                row.createCell(12).setCellValue(d.pendingTotal());
            }
        }
    }

    /** Columns of a village's sheet: the 分户台账's without 村 (the sheet is the village). */
    private static final String[] VILLAGE_COLUMNS = {"编号", "组", "状态", "当前账本条目", "补偿合计(低)", "补偿合计(高)",
            "奖励状态", "奖励金额", "第一期限", "第二期限", "搬迁交房日", "待定项"};
    /** Excel's limit on a sheet name, and the characters it refuses in one. */
    static final int SHEET_NAME_MAX = 31;
    private static final java.util.regex.Pattern SHEET_NAME_FORBIDDEN = java.util.regex.Pattern.compile("[\\\\/?*\\[\\]:']");

    /** One sheet per village (the rows come ordered by village, 组, 编号): a title row, the header, a total row. */
    private static void villageSheets(SXSSFWorkbook wb, Styles st, List<CaseloadRepository.Row> rows, LocalDate asOf) {
        java.util.Map<String, List<CaseloadRepository.Row>> byVillage = new java.util.LinkedHashMap<>();
        for (CaseloadRepository.Row r : rows) {
            byVillage.computeIfAbsent(r.village(), k -> new java.util.ArrayList<>()).add(r);
        }
        for (var e : byVillage.entrySet()) {
            Sheet s = wb.createSheet(sheetName(wb, e.getKey()));
            villageLedger(s, st, e.getKey(), e.getValue(), asOf);
        }
    }

    /** The village's name as Excel allows it (forbidden characters replaced, at most 31), unique in the workbook. */
    static String sheetName(org.apache.poi.ss.usermodel.Workbook wb, String village) {
        String base = SHEET_NAME_FORBIDDEN.matcher(village == null || village.isBlank() ? "未填村" : village.strip())
                .replaceAll("_");
        base = base.length() > SHEET_NAME_MAX ? base.substring(0, SHEET_NAME_MAX) : base;
        String name = base;
        for (int n = 2; wb.getSheet(name) != null; n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_MAX - suffix.length())) + suffix;
        }
        return name;
    }

    private static void villageLedger(Sheet s, Styles st, String village, List<CaseloadRepository.Row> rows,
                                      LocalDate asOf) {
        Row title = s.createRow(0);
        var t = title.createCell(0);
        t.setCellValue(village + " 分户台账(截至 " + asOf + ")");
        t.setCellStyle(st.title);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, VILLAGE_COLUMNS.length - 1));
        Row head = s.createRow(1);
        for (int i = 0; i < VILLAGE_COLUMNS.length; i++) {
            var cell = head.createCell(i);
            cell.setCellValue(VILLAGE_COLUMNS[i]);
            cell.setCellStyle(st.header);
            s.setColumnWidth(i, Math.max(10, VILLAGE_COLUMNS[i].length() * 2 + 4) * 256);
        }
        int r = 2;
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal incentives = BigDecimal.ZERO;
        for (CaseloadRepository.Row h : rows) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(h.code());
            row.createCell(1).setCellValue(h.group() == null ? "" : h.group());
            row.createCell(2).setCellValue(h.state().label());
            if (h.seq() != null) {
                row.createCell(3).setCellValue(h.seq());
                money(row, 4, st, h.totalMin());
                money(row, 5, st, h.totalMax());
                min = min.add(h.totalMin());
                max = max.add(h.totalMax());
            }
            EntryDigest d = h.digest();
            if (d != null) {
                row.createCell(6).setCellValue(d.incentiveStatus() == null ? "" : d.incentiveStatus());
                money(row, 7, st, d.incentiveAmount());
                if (d.incentiveAmount() != null) {
                    incentives = incentives.add(d.incentiveAmount());
                }
                row.createCell(8).setCellValue(d.fullDeadline() == null ? "" : d.fullDeadline().toString());
                row.createCell(9).setCellValue(d.reducedDeadline() == null ? "" : d.reducedDeadline().toString());
                row.createCell(10).setCellValue(d.movedOut() == null ? "" : d.movedOut().toString());
                row.createCell(11).setCellValue(d.pendingTotal());
            }
        }
        Row total = s.createRow(r);
        var label = total.createCell(0);
        label.setCellValue("合计 " + rows.size() + " 户");
        label.setCellStyle(st.header);
        money(total, 4, st, min);
        money(total, 5, st, max);
        money(total, 7, st, incentives);
        s.createFreezePane(0, 2);
        PrintedSheets.landscapeA4(s, 0, 1, VILLAGE_COLUMNS.length);
        s.getHeader().setCenter(village + " 分户台账");
        s.getFooter().setCenter("第 &P 页,共 &N 页");
    }

    private static void header(Sheet s, Styles st, String... titles) {
        Row row = s.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(st.header);
            s.setColumnWidth(i, Math.max(10, titles[i].length() * 2 + 4) * 256);
        }
        s.createFreezePane(0, 1);
        PrintedSheets.landscapeA4(s, 0, 0, titles.length);
    }

    private static void money(Row row, int c, Styles st, BigDecimal v) {
        PrintedSheets.number(row, c, v, st.money);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle title;

        Styles(SXSSFWorkbook wb) {
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat(MoneyFormat.CELL_AMOUNT));
        }
    }
}
