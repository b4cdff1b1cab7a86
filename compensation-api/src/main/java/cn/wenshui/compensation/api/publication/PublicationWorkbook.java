package cn.wenshui.compensation.api.publication;

import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.money.MoneyFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import cn.wenshui.compensation.api.sheets.PrintedSheets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 公示表 as a workbook to post or send on: title and document rows, a header row repeated on every printed page,
 * landscape A4 fitted to the width. It is written from {@link PublicationViews.Table}, whose names and ID numbers
 * are already masked. Amounts are numbers in the project's cell format; an interval is written as its two ends.
 */
@ApplicationScoped
public class PublicationWorkbook {

    public byte[] write(PublicationViews.Table t) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat(MoneyFormat.CELL_AMOUNT));
            Sheet s = wb.createSheet("公示表");
            s.createRow(0).createCell(0).setCellValue(t.title());
            s.getRow(0).getCell(0).setCellStyle(bold);
            s.createRow(1).createCell(0).setCellValue(t.documentNumber() + "　公示期:" + t.periodFrom() + " 至 "
                    + t.periodTo() + "　依据:" + t.scheduleDocument());
            List<String> titles = new ArrayList<>(List.of("序号", "编号", "户主", "身份证号", "组", "被拆迁房屋建筑面积(m²)",
                    "正房实测面积(m²)"));
            t.sections().forEach(c -> titles.add(c.section() + " " + c.title() + "(元)"));
            titles.addAll(List.of("合计(元)", "合计上限(元)", "正房置换面积(m²)", "宅基地置换面积(m²)", "搬迁奖励"));
            Row head = s.createRow(3);
            for (int i = 0; i < titles.size(); i++) {
                head.createCell(i).setCellValue(titles.get(i));
                head.getCell(i).setCellStyle(bold);
                s.setColumnWidth(i, Math.min(30, Math.max(8, titles.get(i).length() * 2 + 2)) * 256);
            }
            int r = 4;
            for (PublicationViews.Row x : t.rows()) {
                Row row = s.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(x.no());
                row.createCell(c++).setCellValue(x.code());
                row.createCell(c++).setCellValue(nz(x.headName()));
                row.createCell(c++).setCellValue(nz(x.idNumber()));
                row.createCell(c++).setCellValue(nz(x.group()));
                PrintedSheets.number(row, c++, x.demolishedAreaM2(), null);
                PrintedSheets.number(row, c++, x.mainHouseAreaM2(), null);
                if (x.sections() != null) {
                    for (Money a : x.sections()) {
                        if (!a.isExact()) { // a price still a range: both ends as text, never one end as the amount
                            row.createCell(c++).setCellValue(MoneyFormat.grouped(a.min(), a.max()));
                        } else {
                            PrintedSheets.number(row, c++, a.max(), money);
                        }
                    }
                } else {
                    c += t.sections().size();
                }
                if (x.total() != null) {
                    PrintedSheets.number(row, c, x.total().min(), money);
                    if (!x.total().isExact()) {
                        PrintedSheets.number(row, c + 1, x.total().max(), money);
                    }
                }
                c += 2;
                PrintedSheets.number(row, c++, x.mainHouseSwapM2(), null);
                PrintedSheets.number(row, c++, x.homesteadSwapM2(), null);
                row.createCell(c).setCellValue(nz(x.incentive()));
            }
            Row total = s.createRow(r);
            total.createCell(1).setCellValue("合计 " + t.households() + " 户(已出具 " + t.quoted() + " 户)");
            PrintedSheets.number(total, 7 + t.sections().size(), t.total().min(), money);
            if (!t.total().isExact()) {
                PrintedSheets.number(total, 8 + t.sections().size(), t.total().max(), money);
            }
            s.createRow(r + 2).createCell(0).setCellValue("对公示内容有异议的,请于公示期内提出:" + t.contact());
            s.createFreezePane(0, 4);
            PrintedSheets.landscapeA4(s, 3, 3, titles.size());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
