package cn.wenshui.compensation.api.caseload;

import cn.wenshui.compensation.money.MoneyFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The dashboard as staff keep it in Excel/WPS: 汇总 (per village and 组), 期限 (the deadline list) and 分户台账
 * (one row per household and its current entry). Amounts are numbers with the project's cell format, so sums in the
 * workbook agree with the service's; every sheet prints landscape, fitted to the width, its header row repeated.
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
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet s, Styles st, CaseloadViews.Dashboard d) {
        header(s, st, "村", "组", "户数", "已出具补偿(户)", "补偿合计(低)", "补偿合计(高)", "已签约(户)", "签约金额(低)",
                "签约金额(高)", "奖励已核定(户)", "奖励已核定金额", "奖励尚可(户)", "奖励尚可(高)", "待评估项", "待协商项",
                "待审定项", "其他待定项");
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
        header(s, st, "编号", "村", "组", "状态", "起算日", "第一期限", "剩余天数", "第二期限", "剩余天数", "今日搬迁可得奖励");
        int r = 1;
        for (CaseloadViews.Deadline d : list) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(d.code());
            row.createCell(1).setCellValue(d.village());
            row.createCell(2).setCellValue(d.group() == null ? "" : d.group());
            row.createCell(3).setCellValue(d.stateLabel());
            row.createCell(4).setCellValue(String.valueOf(d.startDate()));
            row.createCell(5).setCellValue(String.valueOf(d.fullDeadline()));
            if (d.daysToFull() != null) {
                row.createCell(6).setCellValue(d.daysToFull());
            }
            row.createCell(7).setCellValue(String.valueOf(d.reducedDeadline()));
            if (d.daysToReduced() != null) {
                row.createCell(8).setCellValue(d.daysToReduced());
            }
            money(row, 9, st, d.reachableNow());
        }
        s.createRow(r + 1).createCell(0).setCellValue("截至 " + asOf + ";剩余天数为负表示该期限已过。");
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

    private static void header(Sheet s, Styles st, String... titles) {
        Row row = s.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(st.header);
            s.setColumnWidth(i, Math.max(10, titles[i].length() * 2 + 4) * 256);
        }
        s.createFreezePane(0, 1);
        s.setRepeatingRows(new CellRangeAddress(0, 0, 0, titles.length - 1));
        PrintSetup ps = s.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setFitToPage(true);
    }

    private static void money(Row row, int c, Styles st, BigDecimal v) {
        if (v == null) {
            return;
        }
        var cell = row.createCell(c);
        cell.setCellValue(v.doubleValue()); // a spreadsheet cell holds a double; the amount is exact to the fen
        cell.setCellStyle(st.money);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle money;

        Styles(SXSSFWorkbook wb) {
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat(MoneyFormat.CELL_AMOUNT));
        }
    }
}
