package cn.wenshui.compensation.json;

import cn.wenshui.compensation.quote.QuoteLine;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a {@link QuoteLine} exactly as Jackson's bean serializer does (same fields, same order, or sorted for the
 * canonical mapper), but without reflection. Texts go straight to the generator: caches of pre-encoded schedule
 * texts were removed in issue 14, because finding a line's entry (hashing its texts, new strings per line) cost
 * more than encoding them (docs/performance.md, section 2). A test compares its output with Jackson's own for
 * thousands of quotes.
 */
final class QuoteLineSerializer extends StdSerializer<QuoteLine> {
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
        if (provider.isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)) {
            sorted(l, g);
        } else {
            declared(l, g);
        }
        g.writeEndObject();
    }

    private static void declared(QuoteLine l, JsonGenerator g) throws IOException {
        g.writeFieldName(NO);
        g.writeNumber(l.no());
        text(g, REF, l.ref());
        text(g, CODE, l.code());
        text(g, SECTION, l.section());
        text(g, CLAUSE, l.clause());
        text(g, CATEGORY, l.category());
        text(g, SPEC, l.spec());
        text(g, PRINTED, l.printed());
        number(g, QUANTITY, l.quantity());
        text(g, UNIT, l.unit());
        number(g, UNIT_PRICE_MIN, l.unitPriceMin());
        number(g, UNIT_PRICE_MAX, l.unitPriceMax());
        number(g, AMOUNT_MIN, l.amountMin());
        number(g, AMOUNT_MAX, l.amountMax());
        text(g, STATUS, l.status() == null ? null : l.status().name());
        text(g, EXPLANATION, l.explanation());
        interpretations(g, l.interpretations());
        g.writeFieldName(RANGE);
        g.writeBoolean(l.isRange());
    }

    private static void sorted(QuoteLine l, JsonGenerator g) throws IOException {
        number(g, AMOUNT_MAX, l.amountMax());
        number(g, AMOUNT_MIN, l.amountMin());
        text(g, CATEGORY, l.category());
        text(g, CLAUSE, l.clause());
        text(g, CODE, l.code());
        text(g, EXPLANATION, l.explanation());
        interpretations(g, l.interpretations());
        g.writeFieldName(NO);
        g.writeNumber(l.no());
        text(g, PRINTED, l.printed());
        number(g, QUANTITY, l.quantity());
        text(g, REF, l.ref());
        text(g, SECTION, l.section());
        text(g, SPEC, l.spec());
        text(g, STATUS, l.status() == null ? null : l.status().name());
        text(g, UNIT, l.unit());
        number(g, UNIT_PRICE_MAX, l.unitPriceMax());
        number(g, UNIT_PRICE_MIN, l.unitPriceMin());
        // after the sorted ones, as Jackson placed the record's derived property (ledger entries hash this text)
        g.writeFieldName(RANGE);
        g.writeBoolean(l.isRange());
    }

    private static final ThreadLocal<char[]> DIGITS = ThreadLocal.withInitial(() -> new char[PlainDecimal.BUFFER]);

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

    private static void interpretations(JsonGenerator g, List<String> ids) throws IOException {
        g.writeFieldName(INTERPRETATIONS);
        g.writeStartArray(ids, ids.size());
        for (String id : ids) {
            g.writeString(id);
        }
        g.writeEndArray();
    }
}
