package cn.wenshui.compensation.api.web.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of chosen sheets of an .xlsx package (SAX, constant memory per row) as text, each cell given as
 * POI's event model reads it but with numbers never rounded by their display format:
 * <ul>
 *   <li>a number cell gives Excel's own shortest decimal text of the stored double
 *       ({@link NumberToTextConverter}, 15 significant digits as Excel shows), whatever format it displays with,
 *       so {@code new BigDecimal(text)} is exact for every value a person can type;</li>
 *   <li>a number cell with a date format gives the ISO date {@code 2023-07-01};</li>
 *   <li>a number cell with a percent format gives {@code 30%} for a stored 0.3;</li>
 *   <li>a boolean cell gives {@code TRUE}/{@code FALSE}, an error cell {@code ERROR:#N/A}, a formula its cached
 *       result (no formula is evaluated here).</li>
 * </ul>
 */
final class SheetReader {

    /** Receives one non-empty row: its 1-based number as Excel shows it and its cells by 0-based column index. */
    interface RowSink {
        void row(int rowNumber, Map<Integer, String> cells);
    }

    private SheetReader() {
    }

    /** Reads the sheets named in {@code sinks}; returns the names of all sheets the workbook has. */
    static Set<String> read(OPCPackage pkg, Map<String, RowSink> sinks)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        StylesTable styles = reader.getStylesTable();
        // no phonetic runs: Chinese text may carry pinyin guides that must not be appended to the cell's text
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        boolean date1904 = date1904(reader);
        Set<String> names = new HashSet<>();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            try (InputStream sheet = it.next()) {
                String name = it.getSheetName();
                names.add(name);
                RowSink sink = sinks.get(name);
                if (sink == null) {
                    continue;
                }
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink),
                        new RawFormatter(date1904), false));
                xml.parse(new InputSource(sheet));
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    private static final java.util.regex.Pattern DATE1904 =
            java.util.regex.Pattern.compile("date1904\\s*=\\s*[\"'](1|true)[\"']");

    /** Whether the workbook counts dates from 1904 (old Mac Excel): {@code <workbookPr date1904="1"/>}. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream in = reader.getWorkbookData()) {
            // the workbook part is small (sheet list, names); workbookPr comes before the sheets
            String head = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            return DATE1904.matcher(head).find();
        }
    }

    /** Collects one row's cells and hands them on at its end; rows without any cell are not passed on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private Map<Integer, String> cells = new TreeMap<>();

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (!cells.isEmpty()) {
                sink.row(rowNum + 1, cells);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (ref != null && value != null) {
                cells.put(column(ref), value);
            }
        }
    }

    /** The 0-based column of a cell reference such as {@code AB12} (letters, then digits). */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return col - 1;
    }

    /** Numbers as stored (never as displayed), dates as ISO dates, percentages as {@code n%}. */
    static final class RawFormatter extends DataFormatter {
        private final boolean date1904;

        RawFormatter() {
            this(false);
        }

        RawFormatter(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, date1904);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing);
                if (t != null) {
                    return t.toLocalDate().toString();
                }
            }
            String text = NumberToTextConverter.toText(value);
            if (formatString != null && isPercent(formatString)) {
                return new BigDecimal(text).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
            return text;
        }

        /** A % outside quotes and escapes makes Excel show the value times 100. */
        private static boolean isPercent(String format) {
            boolean quoted = false;
            for (int i = 0; i < format.length(); i++) {
                char c = format.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\\') {
                    i++;
                } else if (c == '%' && !quoted) {
                    return true;
                }
            }
            return false;
        }
    }
}
