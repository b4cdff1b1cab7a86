package cn.wenshui.compensation.api.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The faster reading (cached strings and styles, inline strings) gives exactly what POI's own handler gives. */
@DisplayName("SheetReader 与 POI 原生读取一致")
class SheetReaderTest {
    static final String[] TEXTS = {"S-1", "  前后空格  ", "", "堡子村", "a_x000D_b", "_x0041_", "tab\there",
            "1-1.annex.frame", "line\nbreak", "&<>\"'"};

    @Test
    @DisplayName("内联字符串(SXSSF)与共享字符串(XSSF):逐格与 POI 相同")
    void sameAsPoi() throws Exception {
        for (boolean streaming : new boolean[] {true, false}) {
            byte[] xlsx = workbook(streaming ? new SXSSFWorkbook(10) : new XSSFWorkbook());
            assertThat(ours(xlsx)).as(streaming ? "inline strings" : "shared strings").isEqualTo(poi(xlsx))
                    .isNotEmpty();
        }
    }

    @Test
    @DisplayName("Cells:列序、重复引用以最后一个为准、复用后清空")
    void cells() {
        SheetReader.Cells c = new SheetReader.Cells();
        c.put(40, "x");
        c.put(2, "a");
        c.put(2, "b");
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.column(0)).isEqualTo(2);
        assertThat(c.value(1)).isEqualTo("x");
        assertThat(c.toMap()).containsExactly(Map.entry(2, "b"), Map.entry(40, "x"));
        c.clear();
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.get(40)).isNull();
        c.put(16383, "XFD");
        assertThat(c.get(16383)).isEqualTo("XFD");
    }

    private static byte[] workbook(Workbook wb) throws Exception {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0%"));
            Sheet s = wb.createSheet(BatchLayout.ITEMS);
            for (int i = 0; i < 40; i++) {
                Row r = s.createRow(i * 2);
                r.createCell(0).setCellValue(TEXTS[i % TEXTS.length]);
                r.createCell(3).setCellValue(i * 1.1);
                var d = r.createCell(5);
                d.setCellValue(45108 + i);
                d.setCellStyle(date);
                var p = r.createCell(7);
                p.setCellValue(0.3);
                p.setCellStyle(pct);
                r.createCell(8).setCellValue(i % 2 == 0);
                r.createCell(30).setCellValue(new XSSFRichTextString("富文本" + i));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static List<Map<Integer, String>> ours(byte[] xlsx) throws Exception {
        List<Map<Integer, String>> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            SheetReader.read(pkg, Map.of(BatchLayout.ITEMS, (n, cells) -> {
                Map<Integer, String> m = new LinkedHashMap<>(cells.toMap());
                m.put(-1, String.valueOf(n));
                rows.add(m);
            }));
            pkg.revert();
        }
        return rows;
    }

    /** POI's handler with POI's tables, nothing cached or short-cut. */
    private static List<Map<Integer, String>> poi(byte[] xlsx) throws Exception {
        List<Map<Integer, String>> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                Map<Integer, String> row;

                                @Override
                                public void startRow(int rowNum) {
                                    row = new java.util.TreeMap<>();
                                }

                                @Override
                                public void endRow(int rowNum) {
                                    Map<Integer, String> m = new LinkedHashMap<>(row);
                                    m.put(-1, String.valueOf(rowNum + 1));
                                    rows.add(m);
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    row.put(SheetReader.column(ref), value);
                                }
                            }, new SheetReader.RawFormatter(), false));
                    xml.parse(new InputSource(in));
                }
            }
            pkg.revert();
        }
        return rows;
    }
}
