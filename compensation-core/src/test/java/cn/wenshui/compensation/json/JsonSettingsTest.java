package cn.wenshui.compensation.json;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.testing.Quotes;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The project's JSON writes quote lines with its own serializer (no reflection, schedule texts encoded once). The
 * answer must not change by it: the wire JSON is byte for byte what Jackson's bean serializer writes, and the
 * canonical JSON the ledger hashes keeps its key order.
 */
@DisplayName("JSON:报价行的快速序列化与 Jackson 原样一致;台账规范 JSON 的键序不变")
class JsonSettingsTest {
    private static final ObjectMapper WIRE = JsonSettings.apply(new ObjectMapper());
    private static final ObjectMapper CANONICAL = JsonSettings.canonical();
    /** Jackson's own serialization with the same output settings, without the project's serializer. */
    private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private static List<Quote> quotes() {
        List<Quote> all = new ArrayList<>();
        for (var loaded : cn.wenshui.compensation.scenario.ScenarioAccess.households()) {
            all.add(Quotes.quote(loaded));
        }
        return all;
    }

    @Test
    @DisplayName("每个情景住户的报价:按字节写出与 Jackson 自身的写法相同(字节流与字符流两种输出)")
    void wireJsonIsJacksonsOwn() throws Exception {
        List<Quote> quotes = quotes();
        assertThat(quotes).hasSizeGreaterThan(20);
        for (Quote q : quotes) {
            assertThat(new String(WIRE.writeValueAsBytes(q), "UTF-8")).isEqualTo(PLAIN.writeValueAsString(q));
            assertThat(WIRE.writeValueAsString(q)).isEqualTo(PLAIN.writeValueAsString(q));
        }
    }

    @Test
    @DisplayName("生成器另行转义(非 ASCII 一律 \\uXXXX、缩进输出)时,仍与 Jackson 自身的写法逐字相同")
    void otherGeneratorSettingsStillMatchJackson() throws Exception {
        ObjectMapper wire = JsonSettings.apply(new ObjectMapper());
        wire.getFactory().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
        ObjectMapper plain = PLAIN.copy();
        plain.getFactory().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
        for (Quote q : quotes()) {
            String mine = new String(wire.writeValueAsBytes(q), "UTF-8");
            assertThat(mine).isEqualTo(plain.writeValueAsString(q)).doesNotContain("附属");
            assertThat(wire.writerWithDefaultPrettyPrinter().writeValueAsString(q))
                    .isEqualTo(plain.writerWithDefaultPrettyPrinter().writeValueAsString(q));
        }
    }

    @Test
    @DisplayName("台账规范 JSON:报价行的键按字母序,range 在最后(记录类派生属性的原位置);内容与线上 JSON 相同")
    void canonicalLineKeysKeepTheirOrder() throws Exception {
        for (Quote q : quotes()) {
            JsonNode canonical = CANONICAL.readTree(CANONICAL.writeValueAsString(q));
            assertThat(canonical).isEqualTo(CANONICAL.readTree(WIRE.writeValueAsString(q)));
            for (JsonNode line : canonical.get("lines")) {
                List<String> keys = new ArrayList<>();
                line.fieldNames().forEachRemaining(keys::add);
                assertThat(keys).containsExactly("amountMax", "amountMin", "category", "clause", "code",
                        "explanation", "interpretations", "no", "printed", "quantity", "ref", "section", "spec",
                        "status", "unit", "unitPriceMax", "unitPriceMin", "range");
            }
        }
    }

    @Test
    @DisplayName("README 示例第1行(附属平房 砖混结构 50m²,700-800元/m²)的规范 JSON,逐字")
    void canonicalTextOfOneLine() throws Exception {
        Quote q = Quotes.quote(cn.wenshui.compensation.scenario.ScenarioAccess.households().get(0));
        String json = CANONICAL.writeValueAsString(q.lines().get(0));
        assertThat(json).isEqualTo("{\"amountMax\":40000.00,\"amountMin\":35000.00,\"category\":\"附属平房\","
                + "\"clause\":\"一(一)\",\"code\":\"1-1.annex.brick-concrete\",\"explanation\":"
                + "\"按一(一)「附属平房 砖混结构」700-800 元 /m ²;未给评估单价,列最低与最高额\",\"interpretations\":[],"
                + "\"no\":1,\"printed\":\"700-800 元 /m ²\",\"quantity\":50,\"ref\":\"1\",\"section\":\"一(一)\","
                + "\"spec\":\"砖混结构\",\"status\":\"RANGE\",\"unit\":\"m²\",\"unitPriceMax\":800,"
                + "\"unitPriceMin\":700,\"range\":true}");
    }
}
