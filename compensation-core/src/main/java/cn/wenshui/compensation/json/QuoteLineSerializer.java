package cn.wenshui.compensation.json;

import cn.wenshui.compensation.quote.QuoteLine;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a {@link QuoteLine} exactly as Jackson's bean serializer does (same fields, same order, or sorted for the
 * canonical mapper), but without reflection, and with the schedule's own texts (code, section, clause, 种类, 规格,
 * printed price, unit) encoded to UTF-8 once: writing Chinese text character by character was the largest item of a
 * quote request's CPU. A test compares its output with Jackson's own for thousands of quotes.
 */
final class QuoteLineSerializer extends StdSerializer<QuoteLine> {
    /** Schedule texts only, so bounded by the schedules loaded; guarded anyway against unforeseen growth. */
    private static final int MAX_CACHED = 20_000;
    private static final Map<String, SerializedString> ENCODED = new ConcurrentHashMap<>();

    private static final SerializedString NO = name("no");
    private static final SerializedString REF = name("ref");
    private static final SerializedString CODE = name("code");
    private static final SerializedString SECTION = name("section");
    private static final SerializedString CLAUSE = name("clause");
    private static final SerializedString CATEGORY = name("category");
    private static final SerializedString SPEC = name("spec");
    private static final SerializedString PRINTED = name("printed");
    private static final SerializedString QUANTITY = name("quantity");
    private static final SerializedString UNIT = name("unit");
    private static final SerializedString UNIT_PRICE_MIN = name("unitPriceMin");
    private static final SerializedString UNIT_PRICE_MAX = name("unitPriceMax");
    private static final SerializedString AMOUNT_MIN = name("amountMin");
    private static final SerializedString AMOUNT_MAX = name("amountMax");
    private static final SerializedString STATUS = name("status");
    private static final SerializedString EXPLANATION = name("explanation");
    private static final SerializedString INTERPRETATIONS = name("interpretations");
    private static final SerializedString RANGE = name("range");

    QuoteLineSerializer() {
        super(QuoteLine.class);
    }

    private static SerializedString name(String s) {
        return new SerializedString(s);
    }

    @Override
    public void serialize(QuoteLine l, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(l);
        // pre-encoded text skips the generator's escaping, so only where it escapes nothing beyond JSON's own
        boolean pre = g.getCharacterEscapes() == null && !g.isEnabled(JsonGenerator.Feature.ESCAPE_NON_ASCII);
        if (provider.isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)) {
            sorted(l, g, pre);
        } else {
            declared(l, g, pre);
        }
        g.writeEndObject();
    }

    private static void declared(QuoteLine l, JsonGenerator g, boolean pre) throws IOException {
        g.writeFieldName(NO);
        g.writeNumber(l.no());
        text(g, REF, l.ref());
        if (pre && g.getPrettyPrinter() == null && g instanceof UTF8JsonGenerator) {
            // the six texts of the schedule row, as one pre-encoded run: ,"code":…,"printed":…
            g.writeRaw(rowFields(l));
        } else {
            schedule(g, CODE, l.code(), pre);
            schedule(g, SECTION, l.section(), pre);
            schedule(g, CLAUSE, l.clause(), pre);
            schedule(g, CATEGORY, l.category(), pre);
            schedule(g, SPEC, l.spec(), pre);
            schedule(g, PRINTED, l.printed(), pre);
        }
        number(g, QUANTITY, l.quantity());
        schedule(g, UNIT, l.unit(), pre);
        number(g, UNIT_PRICE_MIN, l.unitPriceMin());
        number(g, UNIT_PRICE_MAX, l.unitPriceMax());
        number(g, AMOUNT_MIN, l.amountMin());
        number(g, AMOUNT_MAX, l.amountMax());
        schedule(g, STATUS, l.status() == null ? null : l.status().name(), pre);
        explanation(g, l.explanation(), pre);
        interpretations(g, l.interpretations());
        g.writeFieldName(RANGE);
        g.writeBoolean(l.isRange());
    }

    private static void sorted(QuoteLine l, JsonGenerator g, boolean pre) throws IOException {
        number(g, AMOUNT_MAX, l.amountMax());
        number(g, AMOUNT_MIN, l.amountMin());
        schedule(g, CATEGORY, l.category(), pre);
        schedule(g, CLAUSE, l.clause(), pre);
        schedule(g, CODE, l.code(), pre);
        explanation(g, l.explanation(), pre);
        interpretations(g, l.interpretations());
        g.writeFieldName(NO);
        g.writeNumber(l.no());
        schedule(g, PRINTED, l.printed(), pre);
        number(g, QUANTITY, l.quantity());
        text(g, REF, l.ref());
        schedule(g, SECTION, l.section(), pre);
        schedule(g, SPEC, l.spec(), pre);
        schedule(g, STATUS, l.status() == null ? null : l.status().name(), pre);
        schedule(g, UNIT, l.unit(), pre);
        number(g, UNIT_PRICE_MAX, l.unitPriceMax());
        number(g, UNIT_PRICE_MIN, l.unitPriceMin());
        // after the sorted ones, as Jackson placed the record's derived property (ledger entries hash this text)
        g.writeFieldName(RANGE);
        g.writeBoolean(l.isRange());
    }

    private static final ThreadLocal<char[]> DIGITS = ThreadLocal.withInitial(() -> new char[PlainDecimal.BUFFER]);

    /** The texts a line takes from its schedule row; the same for every line of the row. */
    private record RowTexts(String code, String section, String clause, String category, String spec,
                            String printed) {
    }

    private static final Map<RowTexts, SerializedString> ROW_FIELDS = new ConcurrentHashMap<>();

    /**
     * {@code ,"code":"…","section":"…",…,"printed":"…"} encoded once per row. Written raw after "ref", it leaves the
     * generator's state as a written field would (the next field name still gets its comma), so it is used only
     * without pretty printing.
     */
    private static SerializableString rowFields(QuoteLine l) {
        RowTexts key = new RowTexts(l.code(), l.section(), l.clause(), l.category(), l.spec(), l.printed());
        SerializedString s = ROW_FIELDS.get(key);
        if (s == null) {
            StringBuilder sb = new StringBuilder();
            field(sb, "code", l.code());
            field(sb, "section", l.section());
            field(sb, "clause", l.clause());
            field(sb, "category", l.category());
            field(sb, "spec", l.spec());
            field(sb, "printed", l.printed());
            s = new SerializedString(sb.toString());
            if (ROW_FIELDS.size() < MAX_CACHED) {
                ROW_FIELDS.putIfAbsent(key, s);
            }
        }
        return s;
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(",\"").append(name).append("\":");
        if (value == null) {
            sb.append("null");
        } else {
            sb.append('"');
            com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(value, sb);
            sb.append('"');
        }
    }

    private static void number(JsonGenerator g, SerializableString name, BigDecimal v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
            return;
        }
        // the project's mappers write decimals plain (JsonSettings); otherwise leave the choice to Jackson
        if (g.isEnabled(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)) {
            char[] buf = DIGITS.get();
            int len = PlainDecimal.write(v, buf);
            if (len > 0) {
                g.writeNumber(buf, 0, len);
                return;
            }
        }
        g.writeNumber(v);
    }

    private static void text(JsonGenerator g, SerializableString name, String v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeString(v);
        }
    }

    /** A text from the schedule: the same few hundred strings in every quote, so encoded once. */
    private static void schedule(JsonGenerator g, SerializableString name, String v, boolean pre) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
            return;
        }
        if (!pre) {
            g.writeString(v);
            return;
        }
        SerializedString s = ENCODED.get(v);
        if (s == null) {
            s = new SerializedString(v);
            if (ENCODED.size() < MAX_CACHED) {
                ENCODED.putIfAbsent(v, s);
            }
        }
        g.writeString(s);
    }

    /** Dynamic Chinese text: encoded by the JDK's bulk UTF-8 encoder, then escaped by Jackson as bytes. */
    private static void explanation(JsonGenerator g, String v, boolean pre) throws IOException {
        g.writeFieldName(EXPLANATION);
        if (v == null) {
            g.writeNull();
        } else if (pre && g instanceof UTF8JsonGenerator) {
            byte[] utf8 = v.getBytes(StandardCharsets.UTF_8);
            g.writeUTF8String(utf8, 0, utf8.length);
        } else {
            g.writeString(v);
        }
    }

    private static void interpretations(JsonGenerator g, List<String> ids) throws IOException {
        g.writeFieldName(INTERPRETATIONS);
        g.writeStartArray(ids, ids.size());
        for (String id : ids) {
            g.writeString(id);
        }
        g.writeEndArray();
    }
}
