package cn.wenshui.compensation.api.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helper: fill and read workbooks with POI, addressing columns by their header text in row 1. */
final class Sheets {
    private Sheets() {
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Workbook wb) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 0-based index of the column whose row-1 header is {@code header}. */
    static int col(Sheet sheet, String header) {
        Row h = sheet.getRow(0);
        for (Cell c : h) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in sheet " + sheet.getSheetName());
    }

    /** Writes a value into row {@code excelRow} (1-based) under {@code header}: text, number, date or boolean. */
    static void put(Sheet sheet, int excelRow, String header, Object value) {
        put(sheet, excelRow, col(sheet, header), value);
    }

    static void put(Sheet sheet, int excelRow, int col, Object value) {
        Row row = sheet.getRow(excelRow - 1);
        if (row == null) {
            row = sheet.createRow(excelRow - 1);
        }
        Cell cell = row.getCell(col);
        if (cell == null) {
            cell = row.createCell(col);
        }
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(style(sheet.getWorkbook(), "yyyy-mm-dd"));
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            throw new IllegalArgumentException(String.valueOf(value));
        }
    }

    static CellStyle style(Workbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    /** Writes a header row. */
    static void header(Sheet sheet, String... headers) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            row.createCell(i).setCellValue(headers[i]);
        }
    }

    /** A numeric cell as the exact decimal Excel shows (never via a double's binary expansion). */
    static BigDecimal decimal(Sheet sheet, int excelRow, String header) {
        Cell c = sheet.getRow(excelRow - 1).getCell(col(sheet, header));
        return new BigDecimal(NumberToTextConverter.toText(c.getNumericCellValue()));
    }

    static String text(Sheet sheet, int excelRow, String header) {
        Row row = sheet.getRow(excelRow - 1);
        Cell c = row == null ? null : row.getCell(col(sheet, header));
        return c == null ? null : c.getStringCellValue();
    }

    /** The 1-based row of the first row whose {@code header} column holds {@code value}, searching from row 2. */
    static int findRow(Sheet sheet, String header, String value) {
        int col = col(sheet, header);
        for (Row r : sheet) {
            if (r.getRowNum() == 0) {
                continue;
            }
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && value.equals(c.getStringCellValue())) {
                return r.getRowNum() + 1;
            }
        }
        throw new AssertionError("no row with " + header + " = " + value + " in " + sheet.getSheetName());
    }
}
