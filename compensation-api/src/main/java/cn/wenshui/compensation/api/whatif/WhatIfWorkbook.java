package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.diff.Delta;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.money.MoneyFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import cn.wenshui.compensation.api.sheets.PrintedSheets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A what-if as a workbook: 情景 (the readings and version tried, the 片区's totals), 各村, 各部分 (per section), 分户
 * (every household: old, new, difference) and 变动明细 (each changed line and why). Amounts are numbers in the
 * project's cell format; each sheet prints landscape, fitted to the width, its header row repeated.
 */
public final class WhatIfWorkbook {
    private WhatIfWorkbook() {
    }

    public static byte[] write(WhatIfViews.Result r) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat(MoneyFormat.CELL_AMOUNT));
            Sheet s = wb.createSheet("情景");
            header(s, bold, "项目", "内容");
            int n = 1;
            n = text(s, n, "标准版本", r.scenario().schedule() == null ? "各户原用版本" : r.scenario().schedule());
            for (Map.Entry<String, String> e : r.scenario().readings().entrySet()) {
                n = text(s, n, "解释开关 " + e.getKey(), e.getValue());
            }
            n = text(s, n, "户数", String.valueOf(r.households()));
            n = text(s, n, "有变动户数", String.valueOf(r.changed()));
            n = text(s, n, "无法重算户数", String.valueOf(r.failed()));
            text(s, n + 1, "说明", "未写入台账;金额为区间(低、高),差额按两端分别相减(解释I-51)。");
            sums(wb.createSheet("各村"), bold, money, "村", r, r.villages());
            sums(wb.createSheet("各部分"), bold, money, "部分", r, r.sections());
            Sheet h = wb.createSheet("分户");
            header(h, bold, "编号", "村", "组", "状态", "台账记录", "原版本", "重算版本", "原合计(低)", "原合计(高)",
                    "新合计(低)", "新合计(高)", "差额(低)", "差额(高)", "有变动", "说明");
            int row = 1;
            for (WhatIfViews.HouseholdResult x : r.items()) {
                Row w = h.createRow(row++);
                w.createCell(0).setCellValue(x.code());
                w.createCell(1).setCellValue(nz(x.village()));
                w.createCell(2).setCellValue(nz(x.group()));
                w.createCell(3).setCellValue(nz(x.state()));
                w.createCell(4).setCellValue(x.entry());
                w.createCell(5).setCellValue(x.scheduleBefore());
                w.createCell(6).setCellValue(x.scheduleAfter());
                money(w, 7, money, x.before());
                money(w, 9, money, x.after());
                delta(w, 11, money, x.difference());
                w.createCell(13).setCellValue(x.changed() ? "是" : "否");
                w.createCell(14).setCellValue(nz(x.error()));
            }
            Sheet l = wb.createSheet("变动明细");
            header(l, bold, "编号", "清单行", "项目编码", "部分", "种类", "规格", "变动", "原数量", "新数量", "原单价",
                    "新单价", "原金额(高)", "新金额(高)", "差额(低)", "差额(高)", "原因");
            row = 1;
            for (WhatIfViews.HouseholdResult x : r.items()) {
                for (WhatIfViews.LineChange c : x.lines()) {
                    var d = c.diff();
                    Row w = l.createRow(row++);
                    w.createCell(0).setCellValue(x.code());
                    w.createCell(1).setCellValue(nz(d.ref()));
                    w.createCell(2).setCellValue(d.code());
                    w.createCell(3).setCellValue(nz(d.section()));
                    w.createCell(4).setCellValue(nz(d.category()));
                    w.createCell(5).setCellValue(nz(d.spec()));
                    w.createCell(6).setCellValue(d.change().zh());
                    PrintedSheets.number(w, 7, d.before() == null ? null : d.before().quantity(), null);
                    PrintedSheets.number(w, 8, d.after() == null ? null : d.after().quantity(), null);
                    PrintedSheets.number(w, 9, d.before() == null ? null : d.before().unitPriceMax(), money);
                    PrintedSheets.number(w, 10, d.after() == null ? null : d.after().unitPriceMax(), money);
                    PrintedSheets.number(w, 11, d.before() == null ? null : d.before().amountMax(), money);
                    PrintedSheets.number(w, 12, d.after() == null ? null : d.after().amountMax(), money);
                    delta(w, 13, money, d.amountDifference());
                    w.createCell(15).setCellValue(Causes.words(c.causes()));
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sums(Sheet s, CellStyle bold, CellStyle money, String what, WhatIfViews.Result r,
                             java.util.List<WhatIfViews.Sum> list) {
        header(s, bold, what, "名称", "户数", "原合计(低)", "原合计(高)", "新合计(低)", "新合计(高)", "差额(低)", "差额(高)");
        int n = 1;
        for (WhatIfViews.Sum x : list) {
            n = sum(s, money, n, x);
        }
        sum(s, money, n, r.total());
    }

    private static int sum(Sheet s, CellStyle money, int n, WhatIfViews.Sum x) {
        Row w = s.createRow(n);
        w.createCell(0).setCellValue(nz(x.key()));
        w.createCell(1).setCellValue(nz(x.title()));
        w.createCell(2).setCellValue(x.households());
        money(w, 3, money, x.before());
        money(w, 5, money, x.after());
        delta(w, 7, money, x.difference());
        return n + 1;
    }

    private static int text(Sheet s, int n, String k, String v) {
        Row w = s.createRow(n);
        w.createCell(0).setCellValue(k);
        w.createCell(1).setCellValue(v);
        return n + 1;
    }

    private static void header(Sheet s, CellStyle bold, String... titles) {
        Row row = s.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(bold);
            s.setColumnWidth(i, Math.max(10, titles[i].length() * 2 + 4) * 256);
        }
        s.createFreezePane(0, 1);
        PrintedSheets.landscapeA4(s, 0, 0, titles.length);
    }

    private static void money(Row w, int c, CellStyle st, Money m) {
        if (m != null) {
            PrintedSheets.number(w, c, m.min(), st);
            PrintedSheets.number(w, c + 1, m.max(), st);
        }
    }

    private static void delta(Row w, int c, CellStyle st, Delta d) {
        if (d != null) {
            PrintedSheets.number(w, c, d.min(), st);
            PrintedSheets.number(w, c + 1, d.max(), st);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
