package cn.wenshui.compensation.api.agreement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * Fills a .docx template's {@code ${名称}} placeholders ({@link Placeholders}). Word splits text into runs wherever
 * formatting, spell-checking or editing history changed, so a placeholder may span several runs: the runs a
 * placeholder spans are merged (the first keeps the value and its formatting; the others keep only the text after
 * the placeholder), the rest of the paragraph keeps its formatting. A table row holding section or swap placeholders
 * is repeated once per item. Nothing in the document is evaluated: fields, macros and links are refused on upload
 * ({@link TemplateCheck}) and never run here.
 */
public final class DocxTemplate {
    private DocxTemplate() {
    }

    /** The values of one agreement: the fields, and the items of the repeated rows. */
    public record Values(Map<String, String> fields, List<Map<String, String>> sections,
                         List<Map<String, String>> swaps) {
    }

    /** The filled document. */
    public static byte[] fill(byte[] template, Values v) {
        // Pass 1 repeats the rows (a row's copy is filled before it is inserted: POI inserts a copy of its XML);
        // pass 2, on the document read again, replaces the fields everywhere else.
        byte[] expanded = rewrite(template, doc -> forEachTable(doc, t -> expandRows(t, v)));
        return rewrite(expanded, doc -> forEachParagraph(doc, p -> replace(p, v.fields())));
    }

    /** Every placeholder name the template's paragraphs (body, tables, headers, footers) hold, in order. */
    public static Set<String> names(XWPFDocument doc) {
        Set<String> names = new LinkedHashSet<>();
        forEachParagraph(doc, p -> {
            Matcher m = Placeholders.PATTERN.matcher(text(p));
            while (m.find()) {
                names.add(m.group(1));
            }
        });
        return names;
    }

    /** The text of each table row that mixes section and swap placeholders (which list would it repeat?). */
    static List<String> mixedRows(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        forEachTable(doc, t -> {
            for (XWPFTableRow row : t.getRows()) {
                if (rowKinds(row).size() > 1) {
                    out.add(rowText(row));
                }
            }
        });
        return out;
    }

    public static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] rewrite(byte[] docx, Consumer<XWPFDocument> change) {
        try (XWPFDocument doc = open(docx); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- walking the document --------------------------------------------------------------------------------

    private static List<IBody> bodies(XWPFDocument doc) {
        List<IBody> bodies = new ArrayList<>();
        bodies.add(doc);
        bodies.addAll(doc.getHeaderList());
        bodies.addAll(doc.getFooterList());
        return bodies;
    }

    static void forEachParagraph(XWPFDocument doc, Consumer<XWPFParagraph> action) {
        for (IBody b : bodies(doc)) {
            paragraphs(b, action);
        }
    }

    private static void paragraphs(IBody body, Consumer<XWPFParagraph> action) {
        for (XWPFParagraph p : List.copyOf(body.getParagraphs())) {
            action.accept(p);
        }
        for (XWPFTable t : List.copyOf(body.getTables())) {
            for (XWPFTableRow row : List.copyOf(t.getRows())) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    paragraphs(cell, action);
                }
            }
        }
    }

    static void forEachTable(XWPFDocument doc, Consumer<XWPFTable> action) {
        for (IBody b : bodies(doc)) {
            tables(b, action);
        }
    }

    private static void tables(IBody body, Consumer<XWPFTable> action) {
        for (XWPFTable t : List.copyOf(body.getTables())) {
            action.accept(t);
            for (XWPFTableRow row : List.copyOf(t.getRows())) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    tables(cell, action);
                }
            }
        }
    }

    // ---- repeated rows ---------------------------------------------------------------------------------------

    private static Set<Placeholders.Kind> rowKinds(XWPFTableRow row) {
        Set<Placeholders.Kind> kinds = EnumSet.noneOf(Placeholders.Kind.class);
        Matcher m = Placeholders.PATTERN.matcher(rowText(row));
        while (m.find()) {
            Placeholders.Kind k = Placeholders.kind(m.group(1));
            if (k != null && k != Placeholders.Kind.FIELD) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    private static String rowText(XWPFTableRow row) {
        StringBuilder b = new StringBuilder();
        for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph p : cell.getParagraphs()) {
                b.append(text(p)).append('\n');
            }
        }
        return b.toString();
    }

    private static void expandRows(XWPFTable table, Values v) {
        for (XWPFTableRow row : List.copyOf(table.getRows())) {
            Set<Placeholders.Kind> kinds = rowKinds(row);
            if (kinds.isEmpty()) {
                continue;
            }
            List<Map<String, String>> items = kinds.contains(Placeholders.Kind.SECTION_ROW) ? v.sections()
                    : v.swaps();
            int pos = table.getRows().indexOf(row);
            for (int i = 0; i < items.size(); i++) {
                XWPFTableRow copy = new XWPFTableRow((CTRow) row.getCtRow().copy(), table);
                Map<String, String> values = new LinkedHashMap<>(v.fields());
                values.putAll(items.get(i));
                for (XWPFTableCell cell : copy.getTableCells()) {
                    paragraphs(cell, p -> replace(p, values));
                }
                table.addRow(copy, pos + 1 + i);
            }
            table.removeRow(pos);
        }
    }

    // ---- replacing across runs -------------------------------------------------------------------------------

    /** A paragraph's text as its runs' w:t elements hold it (tabs and breaks are not text a placeholder spans). */
    static String text(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            b.append(runText(r));
        }
        return b.toString();
    }

    private static String runText(XWPFRun r) {
        CTR ctr = r.getCTR();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ctr.sizeOfTArray(); i++) {
            b.append(ctr.getTArray(i).getStringValue());
        }
        return b.toString();
    }

    /** Replaces the known placeholders of {@code values} in one paragraph; others stay as they are. */
    static void replace(XWPFParagraph p, Map<String, String> values) {
        List<XWPFRun> runs = p.getRuns();
        if (runs.isEmpty()) {
            return;
        }
        String[] texts = new String[runs.size()];
        int[] starts = new int[runs.size()];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            texts[i] = runText(runs.get(i));
            starts[i] = all.length();
            all.append(texts[i]);
        }
        List<int[]> matches = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        Matcher m = Placeholders.PATTERN.matcher(all);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value != null) {
                matches.add(new int[] {m.start(), m.end()});
                replacements.add(value);
            }
        }
        if (matches.isEmpty()) {
            return;
        }
        boolean[] changed = new boolean[texts.length];
        // Last to first: a replacement changes only its own runs from its start on, never text before it.
        for (int k = matches.size() - 1; k >= 0; k--) {
            int start = matches.get(k)[0];
            int end = matches.get(k)[1];
            int first = runAt(starts, texts, start);
            int last = runAt(starts, texts, end - 1);
            int offFirst = start - starts[first];
            int offLast = end - starts[last];
            if (first == last) {
                texts[first] = texts[first].substring(0, offFirst) + replacements.get(k)
                        + texts[first].substring(offLast);
            } else {
                String tail = texts[last].substring(offLast);
                texts[first] = texts[first].substring(0, offFirst) + replacements.get(k);
                for (int i = first + 1; i < last; i++) {
                    texts[i] = "";
                    changed[i] = true;
                }
                texts[last] = tail;
                changed[last] = true;
            }
            changed[first] = true;
        }
        for (int i = 0; i < texts.length; i++) {
            if (changed[i]) {
                setText(runs.get(i), texts[i]);
            }
        }
    }

    /** The run holding character {@code pos} of the paragraph (empty runs hold none). */
    private static int runAt(int[] starts, String[] texts, int pos) {
        for (int i = 0; i < starts.length; i++) {
            if (pos >= starts[i] && pos < starts[i] + texts[i].length()) {
                return i;
            }
        }
        throw new IllegalStateException("position " + pos + " outside the paragraph");
    }

    /** Sets a run's text (one w:t; values are one line: a line break in a value is written as a space). */
    private static void setText(XWPFRun run, String text) {
        CTR ctr = run.getCTR();
        while (ctr.sizeOfTArray() > 0) {
            ctr.removeT(0);
        }
        if (!text.isEmpty()) {
            run.setText(text.replace('\r', ' ').replace('\n', ' '));
        }
    }
}
