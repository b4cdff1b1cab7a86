package cn.wenshui.compensation.api.batch;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellFill;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
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

    /**
     * Receives one non-empty row: its 1-based number as Excel shows it and its cells by 0-based column index. The
     * {@link Cells} are reused for the next row: read them during the call, do not keep them.
     */
    interface RowSink {
        void row(int rowNumber, Cells cells);
    }

    /**
     * The cells of one row, by 0-based column, in column order. An array reused row after row: a map per row was a
     * large share of the parse of a big workbook.
     */
    static final class Cells {
        private String[] byColumn = new String[32];
        private int[] columns = new int[32];
        private int size;
        private boolean sorted = true;

        void clear() {
            for (int i = 0; i < size; i++) {
                byColumn[columns[i]] = null;
            }
            size = 0;
            sorted = true;
        }

        void put(int column, String value) {
            if (column < 0) {
                return;
            }
            if (column >= byColumn.length) {
                byColumn = java.util.Arrays.copyOf(byColumn, Math.max(column + 1, byColumn.length * 2));
            }
            if (byColumn[column] == null) {
                if (size == columns.length) {
                    columns = java.util.Arrays.copyOf(columns, size * 2);
                }
                if (size > 0 && columns[size - 1] > column) {
                    sorted = false;
                }
                columns[size++] = column;
            }
            byColumn[column] = value; // a repeated reference: the last one wins, as in a map
        }

        /** The text of the cell in that column, or null. */
        String get(int column) {
            return column >= 0 && column < byColumn.length ? byColumn[column] : null;
        }

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** The column of the i-th cell, in column order. */
        int column(int i) {
            if (!sorted) {
                java.util.Arrays.sort(columns, 0, size);
                sorted = true;
            }
            return columns[i];
        }

        /** The text of the i-th cell, in column order. */
        String value(int i) {
            return byColumn[column(i)];
        }

        /** Whether every cell is blank (white space only). */
        boolean allBlank() {
            for (int i = 0; i < size; i++) {
                if (!byColumn[columns[i]].isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** A copy as a map (tests, diagnostics). */
        Map<Integer, String> toMap() {
            Map<Integer, String> m = new TreeMap<>();
            for (int i = 0; i < size; i++) {
                m.put(columns[i], byColumn[columns[i]]);
            }
            return m;
        }
    }

    private SheetReader() {
    }

    /** Reads the sheets named in {@code sinks}; returns the names of all sheets the workbook has. */
    static Set<String> read(OPCPackage pkg, Map<String, RowSink> sinks)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        StylesTable table = reader.getStylesTable();
        Styles styles = table == null ? null : new CachedStyles(table);
        // no phonetic runs: Chinese text may carry pinyin guides that must not be appended to the cell's text
        SharedStrings strings = new CachedStrings(new ReadOnlySharedStringsTable(pkg, false));
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
                Rows rows = new Rows(sink);
                xml.setContentHandler(new InlineStrings(new XSSFSheetXMLHandler(styles, null, strings, rows,
                        new RawFormatter(date1904), false), rows));
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
        private final Cells cells = new Cells();

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
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

    /**
     * Shared strings as POI reads them ({@link ReadOnlySharedStringsTable}), each turned into text once: POI's
     * {@code getItemAt} builds a new XMLBeans rich-text object on every call, i.e. for every text cell.
     */
    static final class CachedStrings implements SharedStrings {
        private final SharedStrings table;
        private PlainText[] cache = new PlainText[0];

        CachedStrings(SharedStrings table) {
            this.table = table;
        }

        @Override
        public RichTextString getItemAt(int idx) {
            if (idx >= 0 && idx < cache.length && cache[idx] != null) {
                return cache[idx];
            }
            PlainText t = new PlainText(table.getItemAt(idx).toString()); // POI's own decoding (_xHHHH_ escapes)
            if (idx >= cache.length) {
                cache = java.util.Arrays.copyOf(cache, Math.max(idx + 1, Math.min(cache.length * 2 + 16,
                        Math.max(idx + 1, table.getUniqueCount()))));
            }
            cache[idx] = t;
            return t;
        }

        @Override
        public int getCount() {
            return table.getCount();
        }

        @Override
        public int getUniqueCount() {
            return table.getUniqueCount();
        }
    }

    /** Text already decoded; the sheet handler only asks for its {@code toString()}. */
    private record PlainText(String text) implements RichTextString {
        @Override
        public String toString() {
            return text;
        }

        @Override
        public String getString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return -1;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException("read-only");
        }
    }

    /**
     * The styles table with each cell style's number format looked up once: the sheet handler asks for the style of
     * every number cell, and POI answers with a new style object that reads its format through XMLBeans each time.
     */
    static final class CachedStyles implements Styles {
        private final StylesTable table;
        private final Map<Integer, XSSFCellStyle> styles = new HashMap<>();

        CachedStyles(StylesTable table) {
            this.table = table;
        }

        @Override
        public XSSFCellStyle getStyleAt(int idx) {
            XSSFCellStyle s = styles.get(idx);
            if (s == null && !styles.containsKey(idx)) {
                XSSFCellStyle real = table.getStyleAt(idx);
                s = real == null ? null : new FormatOnly(table, real.getDataFormat(), real.getDataFormatString());
                styles.put(idx, s);
            }
            return s;
        }

        @Override
        public int getNumCellStyles() {
            return table.getNumCellStyles();
        }

        @Override
        public String getNumberFormatAt(short fmtId) {
            return table.getNumberFormatAt(fmtId);
        }

        @Override
        public int putNumberFormat(String fmt) {
            return table.putNumberFormat(fmt);
        }

        @Override
        public void putNumberFormat(short index, String fmt) {
            table.putNumberFormat(index, fmt);
        }

        @Override
        public boolean removeNumberFormat(short index) {
            return table.removeNumberFormat(index);
        }

        @Override
        public boolean removeNumberFormat(String fmt) {
            return table.removeNumberFormat(fmt);
        }

        @Override
        public XSSFFont getFontAt(int idx) {
            return table.getFontAt(idx);
        }

        @Override
        public int putFont(XSSFFont font, boolean forceRegistration) {
            return table.putFont(font, forceRegistration);
        }

        @Override
        public int putFont(XSSFFont font) {
            return table.putFont(font);
        }

        @Override
        public int putStyle(XSSFCellStyle style) {
            return table.putStyle(style);
        }

        @Override
        public XSSFCellBorder getBorderAt(int idx) {
            return table.getBorderAt(idx);
        }

        @Override
        public int putBorder(XSSFCellBorder border) {
            return table.putBorder(border);
        }

        @Override
        public XSSFCellFill getFillAt(int idx) {
            return table.getFillAt(idx);
        }

        @Override
        public int putFill(XSSFCellFill fill) {
            return table.putFill(fill);
        }

        @Override
        public int getNumDataFormats() {
            return table.getNumDataFormats();
        }
    }

    /** A cell style reduced to its number format, all the sheet handler reads of it. */
    private static final class FormatOnly extends XSSFCellStyle {
        private final short format;
        private final String formatString;

        FormatOnly(StylesTable table, short format, String formatString) {
            super(table);
            this.format = format;
            this.formatString = formatString;
        }

        @Override
        public short getDataFormat() {
            return format;
        }

        @Override
        public String getDataFormatString() {
            return formatString;
        }
    }

    /**
     * Passes the sheet's XML to POI's handler, except the cells of type {@code inlineStr} (written by streaming
     * writers such as SXSSF, not by Excel or WPS): for those POI builds an XMLBeans rich-text object per cell, most of
     * the time of reading such a sheet. Their text is collected here exactly as POI's handler collects it (every
     * {@code t} inside {@code is}, or a {@code v}) and decoded by POI ({@link XSSFRichTextString}) when it holds an
     * {@code _xHHHH_} escape.
     */
    static final class InlineStrings implements ContentHandler {
        private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private final ContentHandler poi;
        private final XSSFSheetXMLHandler.SheetContentsHandler rows;
        private final StringBuilder text = new StringBuilder();
        private boolean inCell;
        private boolean isOpen;
        private boolean textOpen;
        private String ref;

        InlineStrings(ContentHandler poi, XSSFSheetXMLHandler.SheetContentsHandler rows) {
            this.poi = poi;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (!inCell) {
                if ("c".equals(localName) && MAIN.equals(uri) && "inlineStr".equals(atts.getValue("t"))) {
                    inCell = true;
                    isOpen = false;
                    textOpen = false;
                    ref = atts.getValue("r");
                    text.setLength(0);
                    return;
                }
                poi.startElement(uri, localName, qName, atts);
                return;
            }
            if (!MAIN.equals(uri)) {
                return;
            }
            if (isTextTag(localName)) {
                textOpen = true;
                if (!isOpen) {
                    text.setLength(0);
                }
            } else if ("is".equals(localName)) {
                isOpen = true;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (!inCell) {
                poi.endElement(uri, localName, qName);
                return;
            }
            if (!MAIN.equals(uri)) {
                return;
            }
            if (isTextTag(localName)) {
                textOpen = false;
                if (!isOpen) {
                    output();
                }
            } else if ("is".equals(localName)) {
                isOpen = false;
                output();
            } else if ("c".equals(localName)) {
                inCell = false;
            }
        }

        private boolean isTextTag(String name) {
            return "v".equals(name) || "inlineStr".equals(name) || ("t".equals(name) && isOpen);
        }

        private void output() {
            String s = text.toString();
            rows.cell(ref, s.contains("_x") ? new XSSFRichTextString(s).toString() : s, null);
            text.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!inCell) {
                poi.characters(ch, start, length);
            } else if (textOpen) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            poi.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            poi.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            poi.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            poi.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            poi.endPrefixMapping(prefix);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (!inCell) {
                poi.ignorableWhitespace(ch, start, length);
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            poi.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            poi.skippedEntity(name);
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
        /** Distinct numbers remembered per sheet; values repeat a lot (quantities, sizes), the bound keeps it small. */
        private static final int MAX_CACHED_NUMBERS = 1 << 14;
        private final boolean date1904;
        private final Map<Long, String> numbers = new HashMap<>();
        private final Map<Integer, FormatKind> kinds = new HashMap<>();

        /** Whether a number format shows dates or percentages: POI's date test is a regex, asked once a format. */
        private record FormatKind(String format, boolean date, boolean percent) {
        }

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
            FormatKind kind = kind(formatIndex, formatString);
            if (kind.date && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing);
                if (t != null) {
                    return t.toLocalDate().toString();
                }
            }
            String text = text(value);
            if (kind.percent) {
                return new BigDecimal(text).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
            return text;
        }

        private FormatKind kind(int formatIndex, String formatString) {
            FormatKind k = kinds.get(formatIndex);
            if (k == null || !java.util.Objects.equals(k.format, formatString)) {
                k = new FormatKind(formatString, formatString != null && DateUtil.isADateFormat(formatIndex,
                        formatString), formatString != null && isPercent(formatString));
                kinds.put(formatIndex, k);
            }
            return k;
        }

        /** Excel's decimal text of the stored double, remembered per distinct value. */
        private String text(double value) {
            long bits = Double.doubleToRawLongBits(value);
            String t = numbers.get(bits);
            if (t == null) {
                t = NumberToTextConverter.toText(value);
                if (numbers.size() < MAX_CACHED_NUMBERS) {
                    numbers.put(bits, t);
                }
            }
            return t;
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
