package cn.wenshui.compensation.json;

import cn.wenshui.compensation.quote.QuoteLine;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The one JSON set-up of the project, used by the service (its wire mapper and the ledger's canonical mapper) and by
 * the benchmarks, so that what is measured is what is served. Strict on the way in: unknown fields, duplicate
 * fields, wrong types, trailing tokens and NaN are refused; numbers are read as BigDecimal and written plain;
 * nesting, string and number lengths and number exponents are bounded. Quote lines are written by
 * {@link QuoteLineSerializer} (same JSON as Jackson's own, without its per-field reflection).
 */
public final class JsonSettings {
    public static final int MAX_NESTING = 40;
    /**
     * A decimal's exponent (its scale) may lie within ±100. 1e999999 is 8 characters, so maxNumberLength lets it
     * through, but arithmetic on it costs a million-digit BigInteger, and 1E+2147483647 overflows (a 500 found by
     * robust/FuzzedInputTest in the area swaps). No real measure, quantity or price comes near either bound.
     */
    public static final int MAX_SCALE = 100;

    private JsonSettings() {
    }

    public static <M extends ObjectMapper> M apply(M mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(40)
                .maxStringLength(200_000)
                .build());
        // a duplicated field is ambiguous; for a record it also broke Jackson's creator ("No fallback setter/field
        // defined for creator property"), a 500 found by robust/FuzzedInputTest
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.registerModule(new SimpleModule("bounded-decimals-and-text")
                .addDeserializer(BigDecimal.class, new BoundedBigDecimal())
                .addDeserializer(String.class, new ValidText())
                .addSerializer(QuoteLine.class, new QuoteLineSerializer()));
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.findAndRegisterModules();
        return mapper;
    }

    /** Canonical JSON for the ledger: sorted keys, plain decimals with their scale kept (12000.00), ISO dates. */
    public static ObjectMapper canonical() {
        return apply(JsonMapper.builder()
                .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build());
    }

    /** Thrown for a number whose exponent lies beyond {@link #MAX_SCALE}; answered 400 number-out-of-range. */
    public static final class NumberOutOfRangeException extends InvalidFormatException {
        NumberOutOfRangeException(JsonParser p, BigDecimal value) {
            super(p, "number out of range: the exponent of " + value + " lies beyond ±" + MAX_SCALE, value,
                    BigDecimal.class);
        }
    }

    /**
     * Thrown for text holding U+0000 or an unpaired surrogate: not storable as PostgreSQL text (NUL made the ledger
     * append a 500, found by robust/FuzzedLedgerPostgresTest) and not Unicode text at all (a lone surrogate has no
     * UTF-8 form, so the stored value would differ from the one hashed). Answered 400 invalid-character.
     */
    public static final class InvalidTextException extends InvalidFormatException {
        InvalidTextException(JsonParser p, String value) {
            super(p, "text holds U+0000 or an unpaired surrogate", value, String.class);
        }
    }

    static final class ValidText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = super.deserialize(p, ctxt);
            if (s != null) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == 0) {
                        throw new InvalidTextException(p, s);
                    }
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            i++;
                        } else {
                            throw new InvalidTextException(p, s);
                        }
                    }
                }
            }
            return s;
        }
    }

    static final class BoundedBigDecimal extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal v = super.deserialize(p, ctxt);
            if (v != null && Math.abs((long) v.scale()) > MAX_SCALE) {
                throw new NumberOutOfRangeException(p, v);
            }
            return v;
        }
    }
}
