package cn.wenshui.compensation.api.sheets;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How the office's workbooks print and hold amounts, written once for every workbook the service makes. */
public final class PrintedSheets {
    private PrintedSheets() {
    }

    /**
     * Landscape A4, fitted to one page wide (as many pages long as it takes), rows {@code firstHeaderRow} to
     * {@code lastHeaderRow} repeated at the top of every printed page.
     */
    public static void landscapeA4(Sheet s, int firstHeaderRow, int lastHeaderRow, int columns) {
        s.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, 0, columns - 1));
        PrintSetup ps = s.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setFitToPage(true);
    }

    /** An amount (or an area) as a number cell, nothing when null; {@code style} may be null. */
    public static void number(Row row, int column, BigDecimal v, CellStyle style) {
        if (v == null) {
            return;
        }
        var cell = row.createCell(column);
        cell.setCellValue(v.doubleValue()); // a spreadsheet cell holds a double; the amount is exact to the fen
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
