package cn.wenshui.compensation.api.batch;

import cn.wenshui.compensation.api.batch.BatchError.Level;
import cn.wenshui.compensation.api.batch.BatchLayout.Column;
import cn.wenshui.compensation.api.batch.BatchLayout.Kind;
import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.household.MainHouse;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.SAXException;

/**
 * Reads a filled batch workbook into household drafts, cell by cell, without rejecting the good rows: a cell that
 * cannot be read is reported at its sheet, row and column, and marks its household as not to be quoted; every other
 * household goes on. Sheets are streamed (SAX), so a workbook of tens of thousands of rows needs little memory.
 *
 * <p>Columns are found by their header text (row 1, or the first of the first ten rows that holds 「住户编号」), so
 * columns may be moved, and unknown columns are ignored with a warning. Limits: {@value #MAX_HOUSEHOLDS} households,
 * {@value #MAX_ITEM_ROWS} 清单 rows and {@value #MAX_PREMISES_ROWS} 养殖场所 rows per workbook.
 */
public final class BatchParser {
    public static final int MAX_HOUSEHOLDS = 20_000;
    public static final int MAX_ITEM_ROWS = 400_000;
    public static final int MAX_PREMISES_ROWS = 40_000;
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final String KEY_HEADER = BatchLayout.normalizeHeader("住户编号");

    private final Schedule schedule;
    private final List<Column> itemColumns;

    public BatchParser(Schedule schedule) {
        this.schedule = schedule;
        this.itemColumns = BatchLayout.itemColumns(schedule);
    }

    public List<Column> itemColumns() {
        return itemColumns;
    }

    /** The whole workbook cannot be used (not an .xlsx, a sheet or a required column missing, too many rows). */
    public static final class WorkbookException extends RuntimeException {
        private final BatchError error;

        WorkbookException(String sheet, String rule, String zh, String en) {
            super(en, null, false, false);
            this.error = new BatchError(sheet, null, null, null, null, null, rule, zh, en, Level.ERROR);
        }

        public BatchError error() {
            return error;
        }
    }

    /** One 清单 row: the line as read, and whether every cell of it could be read. */
    public record LineDraft(int row, ItemInput input, boolean valid) {
    }

    /** One 养殖场所 row. */
    public record PremisesDraft(int row, LivestockPremises premises, boolean valid) {
    }

    /** A household as read from its 住户 row and the 清单 and 养殖场所 rows that carry its id. */
    public static final class HouseholdDraft {
        final String id;
        final int row;
        final Map<String, Object> facts = new HashMap<>();
        final List<LineDraft> lines = new ArrayList<>();
        final List<PremisesDraft> premises = new ArrayList<>();
        boolean valid = true;

        HouseholdDraft(String id, int row) {
            this.id = id;
            this.row = row;
        }

        public String id() {
            return id;
        }

        public int row() {
            return row;
        }

        public boolean valid() {
            return valid;
        }

        public List<LineDraft> lines() {
            return lines;
        }

        public List<PremisesDraft> premises() {
            return premises;
        }

        /** The household with only the lines and premises given (the readable ones). */
        public Household household(List<ItemInput> items, List<LivestockPremises> livestock) {
            BigDecimal measured = (BigDecimal) facts.get("mainHouse.measuredAreaM2");
            BigDecimal footprint = (BigDecimal) facts.get("mainHouse.footprintM2");
            BigDecimal certificate = (BigDecimal) facts.get("mainHouse.homesteadCertificateAreaM2");
            MainHouse main = measured == null && footprint == null && certificate == null ? null
                    : new MainHouse(measured, footprint, certificate);
            LocalDate signed = (LocalDate) facts.get("dates.agreementSigned");
            LocalDate paid = (LocalDate) facts.get("dates.compensationPaid");
            LocalDate moved = (LocalDate) facts.get("dates.movedOut");
            Dates dates = signed == null && paid == null && moved == null ? null : new Dates(signed, paid, moved);
            return new Household(id, (String) facts.get("headOfHousehold"), (String) facts.get("village"),
                    (Boolean) facts.get("soleDwelling"), (Boolean) facts.get("hardshipExtensionApproved"),
                    (BigDecimal) facts.get("demolishedBuildingAreaM2"), main, items, livestock, dates);
        }
    }

    /**
     * @param households  in the order of the 住户 sheet
     * @param errors      problems found while reading (the engine's come later)
     * @param columns     per sheet: field → 0-based column index, for the columns the workbook has
     */
    public record ParsedWorkbook(List<HouseholdDraft> households, List<BatchError> errors,
                                 Map<String, Map<String, Integer>> columns, int itemRows, int premisesRows) {
    }

    public ParsedWorkbook parse(Path file) {
        try {
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return parse(pkg);
            } finally {
                pkg.revert();
            }
        } catch (OpenXML4JException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    public ParsedWorkbook parse(InputStream in) {
        try {
            OPCPackage pkg = OPCPackage.open(in);
            try {
                return parse(pkg);
            } finally {
                pkg.revert();
            }
        } catch (OpenXML4JException | IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static WorkbookException unreadable(Exception e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof WorkbookException w) {
                return w; // thrown by a sheet's rows (too many rows) through the XML parser
            }
        }
        if (e instanceof OLE2NotOfficeXmlFileException) {
            return new WorkbookException(null, "not-xlsx",
                    "这是旧版 .xls(或 WPS .et)文件,请在 Excel/WPS 中「另存为」Excel 工作簿(.xlsx)后上传",
                    "this is a legacy .xls (or .et) file; save it as an Excel workbook (.xlsx) and upload again");
        }
        if (e instanceof NotOfficeXmlFileException) {
            return new WorkbookException(null, "not-xlsx", "上传的文件不是 Excel 工作簿(.xlsx)",
                    "the uploaded file is not an Excel workbook (.xlsx)");
        }
        return new WorkbookException(null, "unreadable-workbook", "无法读取该工作簿,文件可能已损坏:" + e.getMessage(),
                "the workbook cannot be read (damaged?): " + e.getMessage());
    }

    private ParsedWorkbook parse(OPCPackage pkg) {
        Reading r = new Reading();
        Map<String, SheetReader.RowSink> sinks = Map.of(
                BatchLayout.HOUSEHOLDS, new SheetSink(BatchLayout.HOUSEHOLDS, BatchLayout.HOUSEHOLD_COLUMNS,
                        Set.of("id"), r, r::household),
                BatchLayout.ITEMS, new SheetSink(BatchLayout.ITEMS, itemColumns,
                        Set.of(BatchLayout.HOUSEHOLD_ID, "quantity"), r, r::item),
                BatchLayout.PREMISES, new SheetSink(BatchLayout.PREMISES, BatchLayout.PREMISES_COLUMNS,
                        Set.of(BatchLayout.HOUSEHOLD_ID, "areaM2"), r, r::premises));
        Set<String> names;
        try {
            names = SheetReader.read(pkg, sinks);
        } catch (IOException | OpenXML4JException | SAXException e) {
            throw unreadable(e);
        }
        for (String required : List.of(BatchLayout.HOUSEHOLDS, BatchLayout.ITEMS)) {
            if (!names.contains(required)) {
                throw new WorkbookException(required, "sheet-missing", "工作簿中没有「" + required + "」工作表,请使用下载的模板",
                        "the workbook has no sheet named " + required + "; use the downloaded template");
            }
            ((SheetSink) sinks.get(required)).requireHeader();
        }
        if (names.contains(BatchLayout.PREMISES)) {
            ((SheetSink) sinks.get(BatchLayout.PREMISES)).requireHeaderIfRows();
        }
        return r.finish();
    }

    // ---- reading state ---------------------------------------------------------------------------------------

    /** Everything read so far; the rows of 清单 and 养殖场所 are attributed to households at the end. */
    private final class Reading {
        final Map<String, HouseholdDraft> households = new LinkedHashMap<>();
        final Map<String, List<Integer>> duplicates = new LinkedHashMap<>();
        final List<BatchError> errors = new ArrayList<>();
        final List<Pending<LineDraft>> lines = new ArrayList<>();
        final List<Pending<PremisesDraft>> premises = new ArrayList<>();
        final Map<String, Map<String, Integer>> columns = new HashMap<>();
        int itemRows;
        int premisesRows;

        void household(RowValues v) {
            String id = (String) v.values.get("id");
            if (id == null) {
                v.error("id", "household-id-required", "缺少住户编号,本行未导入", "the household id is missing; row ignored");
                return;
            }
            HouseholdDraft existing = households.get(id);
            if (existing != null) {
                existing.valid = false;
                duplicates.computeIfAbsent(id, k -> new ArrayList<>(List.of(existing.row))).add(v.row);
                return;
            }
            if (households.size() >= MAX_HOUSEHOLDS) {
                throw new WorkbookException(BatchLayout.HOUSEHOLDS, "too-many-households",
                        "「住户」表超过" + MAX_HOUSEHOLDS + "户,请分成多个工作簿上传",
                        "more than " + MAX_HOUSEHOLDS + " households; split the workbook");
            }
            HouseholdDraft d = new HouseholdDraft(id, v.row);
            d.facts.putAll(v.values);
            d.valid = !v.failed;
            households.put(id, d);
        }

        void item(RowValues v) {
            String hid = (String) v.values.get(BatchLayout.HOUSEHOLD_ID);
            if (itemRows >= MAX_ITEM_ROWS) {
                throw new WorkbookException(BatchLayout.ITEMS, "too-many-rows", "「清单」表超过" + MAX_ITEM_ROWS
                        + "行,请分成多个工作簿上传", "more than " + MAX_ITEM_ROWS + " 清单 rows; split the workbook");
            }
            String code = (String) v.values.get("code");
            String category = (String) v.values.get("category");
            if (code == null && category != null) {
                String spec = (String) v.values.get("spec");
                ScheduleItem found = schedule.findByText(category, spec).orElse(null);
                if (found == null) {
                    v.error("code", "unknown-text", "未填项目编码,且标准中没有种类「" + category + "」规格「"
                                    + (spec == null ? "" : spec) + "」的条目",
                            "no code, and no schedule row reads '" + category + " " + (spec == null ? "" : spec) + "'");
                } else {
                    code = found.code();
                }
            }
            if (code != null) {
                // the schedule's own string: one copy of each code for the whole batch, not one per line
                code = schedule.item(code).map(ScheduleItem::code).orElse(code);
            }
            // null when the row has none: ItemInput then keeps the shared empty map instead of two maps per line
            // (a third of a kept batch's input was empty maps)
            Map<String, BigDecimal> measurements = null;
            for (Map.Entry<String, Object> e : v.values.entrySet()) {
                if (e.getKey().startsWith("measurements.") && e.getValue() != null) {
                    if (measurements == null) {
                        measurements = new LinkedHashMap<>();
                    }
                    measurements.put(e.getKey().substring("measurements.".length()), (BigDecimal) e.getValue());
                }
            }
            ItemInput in = new ItemInput((String) v.values.get("ref"), code, (BigDecimal) v.values.get("quantity"),
                    measurements, (String) v.values.get("growthStage"), (BigDecimal) v.values.get("appraisedUnitPrice"),
                    (String) v.values.get("overrideReason"), (String) v.values.get("linkedCode"),
                    (BigDecimal) v.values.get("linkedUnitPrice"), (Boolean) v.values.get("decorated"),
                    (BigDecimal) v.values.get("surchargePercent"), (String) v.values.get("note"));
            itemRows++;
            attachOrHold(hid, v, new LineDraft(v.row, in, !v.failed), lines, ADD_LINE);
        }

        void premises(RowValues v) {
            String hid = (String) v.values.get(BatchLayout.HOUSEHOLD_ID);
            if (premisesRows >= MAX_PREMISES_ROWS) {
                throw new WorkbookException(BatchLayout.PREMISES, "too-many-rows", "「养殖场所」表超过" + MAX_PREMISES_ROWS
                        + "行", "more than " + MAX_PREMISES_ROWS + " 养殖场所 rows");
            }
            LivestockPremises p = new LivestockPremises((String) v.values.get("ref"), (String) v.values.get("name"),
                    (BigDecimal) v.values.get("areaM2"));
            premisesRows++;
            attachOrHold(hid, v, new PremisesDraft(v.row, p, !v.failed), premises, ADD_PREMISES);
        }

        ParsedWorkbook finish() {
            for (Map.Entry<String, List<Integer>> d : duplicates.entrySet()) {
                for (int row : d.getValue()) {
                    Integer col = columns.get(BatchLayout.HOUSEHOLDS).get("id");
                    errors.add(new BatchError(BatchLayout.HOUSEHOLDS, row, letter(col), "住户编号", d.getKey(), "id",
                            "duplicate-household", "住户编号「" + d.getKey() + "」在「住户」表中出现多次(第"
                            + d.getValue().stream().map(String::valueOf).reduce((a, b) -> a + "、" + b).orElse("")
                            + "行),该户未报价", "household id '" + d.getKey() + "' appears on several rows; not quoted",
                            Level.ERROR));
                }
            }
            attribute(lines, ADD_LINE);
            attribute(premises, ADD_PREMISES);
            return new ParsedWorkbook(List.copyOf(households.values()), errors, columns, itemRows, premisesRows);
        }

        /**
         * A row of 清单 or 养殖场所 joins its household at once when 住户 was read before it (the template's order), so
         * its cells need not be kept; otherwise it is held until the end.
         */
        private <T> void attachOrHold(String hid, RowValues v, T draft, List<Pending<T>> held,
                                      BiConsumer<HouseholdDraft, T> add) {
            HouseholdDraft d = hid == null ? null : households.get(hid);
            if (d != null) {
                add.accept(d, draft);
            } else {
                held.add(new Pending<>(hid, v, draft));
            }
        }

        private <T> void attribute(List<Pending<T>> rows, BiConsumer<HouseholdDraft, T> add) {
            for (Pending<T> p : rows) {
                if (p.householdId == null) {
                    p.values.error(BatchLayout.HOUSEHOLD_ID, "household-id-required", "缺少住户编号,本行未导入",
                            "the household id is missing; row ignored");
                    continue;
                }
                HouseholdDraft d = households.get(p.householdId);
                if (d == null) {
                    p.values.error(BatchLayout.HOUSEHOLD_ID, "unknown-household", "住户编号「" + p.householdId
                                    + "」在「住户」表中不存在,本行未导入",
                            "household '" + p.householdId + "' is not in the 住户 sheet; row ignored");
                    continue;
                }
                add.accept(d, p.draft);
            }
        }
    }

    /** Adds a row to its household; a row with an error makes the household invalid (it is not quoted). */
    private static final BiConsumer<HouseholdDraft, LineDraft> ADD_LINE = (d, x) -> {
        d.lines.add(x);
        d.valid &= x.valid();
    };
    private static final BiConsumer<HouseholdDraft, PremisesDraft> ADD_PREMISES = (d, x) -> {
        d.premises.add(x);
        d.valid &= x.valid();
    };

    private record Pending<T>(String householdId, RowValues values, T draft) {
    }

    /** The values of one row by field, and whether any cell failed. */
    private static final class RowValues {
        final String sheet;
        final int row;
        final Map<String, Object> values = new HashMap<>();
        final Map<String, Integer> columns;
        final List<Column> layout;
        final List<BatchError> errors;
        boolean failed;
        String householdId;

        RowValues(String sheet, int row, Map<String, Integer> columns, List<Column> layout, List<BatchError> errors) {
            this.sheet = sheet;
            this.row = row;
            this.columns = columns;
            this.layout = layout;
            this.errors = errors;
        }

        void error(String field, String rule, String zh, String en) {
            failed = true;
            Integer col = columns.get(field);
            String header = layout.stream().filter(c -> c.field().equals(field)).map(Column::header).findFirst()
                    .orElse(null);
            errors.add(new BatchError(sheet, row, letter(col), header, householdId, field, rule, zh, en,
                    Level.ERROR));
        }
    }

    static String letter(Integer col) {
        return col == null ? null : CellReference.convertNumToColString(col);
    }

    /** Finds the header row of one sheet, then reads each row by its columns' kinds. */
    private static final class SheetSink implements SheetReader.RowSink {
        private final String sheet;
        private final List<Column> layout;
        private final Set<String> required;
        private final Reading reading;
        private final java.util.function.Consumer<RowValues> consumer;
        private final Map<Integer, Column> byIndex = new LinkedHashMap<>();
        private final Map<String, Integer> byField = new LinkedHashMap<>();
        private boolean headerFound;
        private boolean sawRows;
        private int keyIndex = -1;
        /** The columns read, in header order, as arrays: looked up for every row. */
        private int[] readIndex = new int[0];
        private Column[] readColumn = new Column[0];

        SheetSink(String sheet, List<Column> layout, Set<String> required, Reading reading,
                  java.util.function.Consumer<RowValues> consumer) {
            this.sheet = sheet;
            this.layout = layout;
            this.required = required;
            this.reading = reading;
            this.consumer = consumer;
        }

        @Override
        public void row(int rowNumber, SheetReader.Cells cells) {
            if (!headerFound) {
                if (cells.allBlank()) {
                    return;
                }
                sawRows = true;
                if (rowNumber <= HEADER_SEARCH_ROWS && hasKeyHeader(cells)) {
                    header(rowNumber, cells);
                }
                return;
            }
            if (cells.allBlank()) {
                return;
            }
            RowValues v = new RowValues(sheet, rowNumber, byField, layout, reading.errors);
            String key = CellValues.text(cells.get(keyIndex));
            v.householdId = key;
            for (int i = 0; i < readIndex.length; i++) {
                Column c = readColumn[i];
                String raw = cells.get(readIndex[i]);
                if (raw == null) {
                    continue; // an absent cell reads as empty in every kind: nothing to convert
                }
                try {
                    Object value = switch (c.kind()) {
                        case TEXT, DISPLAY -> textOf(raw);
                        case NUMBER, MONEY -> CellValues.number(raw, false);
                        case PERCENT -> CellValues.number(raw, true);
                        case BOOL -> CellValues.bool(raw);
                        case DATE -> CellValues.date(raw);
                    };
                    if (value != null) {
                        v.values.put(c.field(), value);
                    }
                } catch (CellValues.Problem p) {
                    v.error(c.field(), p.rule, c.header() + ":" + p.zh, c.header() + ": " + p.en);
                }
            }
            consumer.accept(v);
        }

        private static boolean hasKeyHeader(SheetReader.Cells cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (BatchLayout.normalizeHeader(cells.value(i)).equals(KEY_HEADER)) {
                    return true;
                }
            }
            return false;
        }

        private static String textOf(String raw) throws CellValues.Problem {
            String s = CellValues.text(raw);
            String err = CellValues.error(s);
            if (err != null) {
                throw new CellValues.Problem("cell-error", "单元格为错误值 " + err, "the cell holds the error value " + err);
            }
            return s;
        }

        private void header(int rowNumber, SheetReader.Cells row) {
            headerFound = true;
            Map<String, Column> known = new HashMap<>();
            for (Column c : layout) {
                known.put(BatchLayout.normalizeHeader(c.header()), c);
                known.putIfAbsent(BatchLayout.normalizeHeader(c.field()), c);
            }
            Map<Integer, String> cells = row.toMap();
            for (Map.Entry<Integer, String> e : cells.entrySet()) {
                if (e.getValue().isBlank()) {
                    continue;
                }
                Column c = known.get(BatchLayout.normalizeHeader(e.getValue()));
                String at = sheet + "!" + letter(e.getKey()) + rowNumber;
                if (c == null) {
                    reading.errors.add(new BatchError(sheet, rowNumber, letter(e.getKey()), e.getValue().strip(), null,
                            null, "unknown-column", "未识别的列「" + e.getValue().strip() + "」,已忽略",
                            "unknown column '" + e.getValue().strip() + "' at " + at + " ignored", Level.WARNING));
                } else if (byField.containsKey(c.field())) {
                    reading.errors.add(new BatchError(sheet, rowNumber, letter(e.getKey()), c.header(), null,
                            c.field(), "duplicate-column", "「" + c.header() + "」列重复,只读取第一列("
                            + letter(byField.get(c.field())) + "列)", "column " + c.header()
                            + " appears twice; only the first is read", Level.WARNING));
                } else {
                    byIndex.put(e.getKey(), c);
                    byField.put(c.field(), e.getKey());
                }
            }
            keyIndex = byField.getOrDefault(layout.get(0).field(), -1);
            readIndex = new int[byIndex.size()];
            readColumn = new Column[byIndex.size()];
            int i = 0;
            for (Map.Entry<Integer, Column> e : byIndex.entrySet()) {
                readIndex[i] = e.getKey();
                readColumn[i++] = e.getValue();
            }
            reading.columns.put(sheet, byField);
        }

        /** The sheet must have its header with the required columns. */
        void requireHeader() {
            if (!headerFound) {
                throw new WorkbookException(sheet, "header-missing", "「" + sheet + "」表前" + HEADER_SEARCH_ROWS
                        + "行中找不到含「住户编号」的表头行,请使用下载的模板",
                        "no header row with 住户编号 in the first rows of sheet " + sheet);
            }
            for (Column c : layout) {
                if (required.contains(c.field()) && !byField.containsKey(c.field())) {
                    throw new WorkbookException(sheet, "column-missing", "「" + sheet + "」表缺少「" + c.header() + "」列",
                            "sheet " + sheet + " lacks the column " + c.header());
                }
            }
            if (sheet.equals(BatchLayout.ITEMS) && !byField.containsKey("code") && !byField.containsKey("category")) {
                throw new WorkbookException(sheet, "column-missing", "「清单」表缺少「项目编码」列",
                        "sheet 清单 lacks the column 项目编码");
            }
        }

        void requireHeaderIfRows() {
            if (headerFound || sawRows) {
                requireHeader();
            }
        }
    }
}
