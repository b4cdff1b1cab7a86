package cn.wenshui.compensation.api.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import static org.quicktheories.generators.SourceDSL.bigDecimals;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of malformed and adversarial HTTP requests, run by {@link Fuzzer} from a fixed seed: byte-level damage of valid bodies (truncation, flips, insertions, deletions), a value
 * anywhere in a valid body replaced by a wrong type, a huge or negative number, NaN/Infinity, 1e999999, a very
 * long string, an unknown code or a unicode oddity (RTL marks, NUL, lone surrogates, emoji, full-width digits);
 * deep nesting; garbage; odd content types and headers; odd path ids and query parameters for the GET and verify
 * endpoints.
 */
final class FuzzCases {
    private FuzzCases() {
    }

    /** One request. {@code path} is already percent-encoded where it needs to be. */
    record Case(String kind, String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        @Override
        public String toString() {
            String b = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            if (b.length() > 300) {
                b = b.substring(0, 300) + "…(" + body.length + " bytes)";
            }
            return kind + " " + method + " " + path + " [" + contentType + "] " + headers + " " + b;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /** A valid household over several price models, with premises, the main house and dates. */
    static final String HOUSEHOLD = """
            {"id": "FZ-1", "headOfHousehold": "张三", "village": "堡子村", "soleDwelling": true,
             "hardshipExtensionApproved": false, "demolishedBuildingAreaM2": 86.5,
             "mainHouse": {"measuredAreaM2": 80, "footprintM2": 70, "homesteadCertificateAreaM2": 200},
             "items": [
               {"ref": "1", "code": "1-1.annex.brick-concrete", "quantity": 50, "appraisedUnitPrice": 760},
               {"ref": "2", "code": "2-1.fruit.walnut", "quantity": 3, "measurements": {"trunkDiameterCm": 12}},
               {"ref": "3", "code": "1-1.cellar.brick-stone", "quantity": 6, "measurements": {"depthM": 1.8}},
               {"ref": "4", "code": "1-1.porch-canopy", "quantity": 8, "linkedCode": "1-1.annex.brick-concrete",
                "linkedUnitPrice": 760},
               {"ref": "5", "code": "1-1.stairs.brick-steps", "quantity": 4, "decorated": true, "surchargePercent": 30},
               {"ref": "6", "code": "2-1.grape", "quantity": 3, "growthStage": "盛果期"},
               {"ref": "7", "code": "1-1.basement", "quantity": 20, "note": "待评估"}],
             "livestockPremises": [{"ref": "羊圈", "name": "羊圈", "areaM2": 25}],
             "dates": {"agreementSigned": "2023-07-01", "compensationPaid": "2023-07-05", "movedOut": "2023-08-04"}}
            """;

    /** A valid appraisal report (README call 5, with a subsidy line). */
    static final String REPORT = """
            {"firm": "某评估公司", "reportId": "R-1",
             "household": {"id": "BZ-001", "demolishedBuildingAreaM2": 31,
                           "dates": {"agreementSigned": "2023-07-01", "compensationPaid": "2023-07-05"}},
             "lines": [{"ref": "1", "category": "果树类", "spec": "核桃树", "quantity": 1,
                        "measurements": {"trunkDiameterCm": 12}, "unitPrice": 240, "amount": 240},
                       {"ref": "2", "code": "1-1.annex.brick-concrete", "quantity": 10, "unitPrice": 760,
                        "amount": 7600}],
             "statedTotal": 7840}
            """;

    static final List<String> BODY_ENDPOINTS = List.of("/api/v1/quotes", "/api/v1/quotes?persist=true",
            "/api/v1/ledger/quotes", "/api/v1/audits");

    // ---- adversarial values ---------------------------------------------------------------------------------

    /** Raw JSON tokens (some of them not JSON at all) to put in place of a value. */
    static final List<String> NUMBERS = List.of("1e999999", "-1e999999", "1e-999999", "1E+2147483647",
            "1e-2147483648", "-0", "0", "-1", "-99999999999", "1e308", "-1e308", "4.9e-324", "2147483648",
            "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890123456789",
            "1234567890123456789012345678901234567890123", "0.000000000000000000000000000000000000001", "100000000",
            "1000000.00001", "99999999999999999.99", "1e15", "1e16", "NaN", "-NaN", "Infinity", "-Infinity", "+1",
            "01", ".5", "5.", "0x10", "1_000", "1e", "--1", "12.5e3", "3.0000000001");

    static final List<String> STRINGS = List.of("", " ", "NaN", "1e999999", "１２", "１２．５", "٣", "12 ",
            "\u0000", "a\u0000b", "\u202Eevil\u202C", "\u200F\u200E", "\u2066x\u2069", "😀👨‍👩‍👧", "\uFEFF",
            "\u00A0", "null", "true", "9-9.nothing", "1-1.ANNEX.FRAME", " 1-1.annex.frame", "1-1.annex.frame\n",
            "3-3.incentive", "3-1.moving-subsidy", "1-1.swap.main-house", "1-3.settlement", "盛果期 ", "未知",
            "2023-02-30", "+999999999-12-31", "-999999999-01-01", "2023-07-05T00:00:00Z", "0000-00-00",
            "99999-01-01", "2023-7-5", "<script>alert(1)</script>", "'; DROP TABLE ledger_entry; --",
            "%00", "${jndi:ldap://x}", "\\", "\"", "\r\n", "\t");

    /** JSON-escaped strings that cannot be written as raw text: lone and swapped surrogates, escaped NUL. */
    static final List<String> ESCAPED = List.of("\"\\ud800\"", "\"\\udc00\\ud800\"", "\"a\\ud83d\"", "\"\\u0000\"",
            "\"\\u202e\\u200f\"", "\"\\uffff\\ufffe\"", "\"\\x41\"", "\"\\u12\"", "\"\\q\"");

    static final List<String> OTHERS = List.of("true", "false", "null", "[]", "{}", "[null]", "{\"\":null}",
            "[[[[[[[[]]]]]]]]", "[1,2,3]", "{\"id\":\"x\"}", "[{\"code\":\"1-1.annex.frame\",\"quantity\":1}]");

    // ---- combinators ------------------------------------------------------------------------------------------

    @SafeVarargs
    static <T> Gen<T> weighted(Pair<Integer, Gen<T>>... choices) {
        return Generate.frequency(Arrays.asList(choices));
    }

    @SafeVarargs
    static <T> Gen<T> pick(T... values) {
        return Generate.pick(Arrays.asList(values)); // Arrays.asList: some lists hold null
    }

    /** Any string of up to {@code max} code points, surrogates, NUL and unassigned ones included. */
    static Gen<String> anyString(int max) {
        return strings().allPossible().ofLengthBetween(0, max);
    }

    static Gen<Byte> anyByte() {
        return Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
    }

    static Gen<String> token() {
        return weighted(
                Pair.of(6, Generate.pick(NUMBERS)),
                Pair.of(6, Generate.pick(STRINGS).map(FuzzCases::quote)),
                Pair.of(3, Generate.pick(ESCAPED)),
                Pair.of(3, Generate.pick(OTHERS)),
                Pair.of(2, pick(1_000, 70_000, 200_001, 400_000).zip(pick("x", "王", "😀", "\u202E"),
                        (n, c) -> quote(c.repeat(n / c.length())))),
                Pair.of(3, anyString(40).map(FuzzCases::quote)),
                Pair.of(2, bigDecimals().ofBytes(16).withScale(6).map(d -> d.toPlainString())),
                Pair.of(2, longs().all().map(l -> Long.toString(l))));
    }

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- structural mutations of a valid body -----------------------------------------------------------------

    /** Renders {@code node} as JSON with the value at {@code target} (by pre-order index) replaced by raw text. */
    static String replaceAt(JsonNode node, int target, String raw, String extraField) {
        StringBuilder b = new StringBuilder();
        int[] counter = {0};
        render(node, target, raw, extraField, counter, b);
        return b.toString();
    }

    private static void render(JsonNode n, int target, String raw, String extraField, int[] counter, StringBuilder b) {
        int me = counter[0]++;
        if (me == target && extraField == null) {
            b.append(raw);
            skip(n, counter);
            return;
        }
        if (n.isObject()) {
            b.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!first) {
                    b.append(',');
                }
                first = false;
                b.append(quote(e.getKey())).append(':');
                render(e.getValue(), target, raw, extraField, counter, b);
            }
            if (me == target) { // extraField: an unknown or duplicated field in this object
                b.append(first ? "" : ",").append(extraField).append(':').append(raw);
            }
            b.append('}');
        } else if (n.isArray()) {
            b.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                render(n.get(i), target, raw, extraField, counter, b);
            }
            if (me == target) {
                b.append(n.isEmpty() ? "" : ",").append(raw);
            }
            b.append(']');
        } else {
            b.append(n.toString());
        }
    }

    private static void skip(JsonNode n, int[] counter) {
        for (JsonNode c : n) {
            counter[0]++;
            skip(c, counter);
        }
    }

    static int size(JsonNode n) {
        int s = 1;
        for (JsonNode c : n) {
            s += size(c);
        }
        return s;
    }

    /** A value replaced, or a field added to an object (unknown, duplicate, or known in the wrong place). */
    static Gen<byte[]> structural(String base) {
        JsonNode tree;
        try {
            tree = JSON.readTree(base);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int nodes = size(tree);
        Gen<String> field = pick(null, null, null, "\"colour\"", "\"id\"", "\"quantity\"",
                "\"items\"", "\"\"", "\"\\u0000\"", "\"depthM\"", "\"trunkDiameterCm\"", "\"１２\"");
        return Generate.range(0, nodes - 1).zip(token(), field,
                (at, raw, extra) -> replaceAt(tree, at, raw, extra).getBytes(StandardCharsets.UTF_8));
    }

    /** Byte-level damage: truncation, flips to random (often invalid UTF-8) bytes, insertions, deletions. */
    static Gen<byte[]> damaged(String base) {
        byte[] valid = base.getBytes(StandardCharsets.UTF_8);
        Gen<Integer> pos = Generate.range(0, valid.length - 1);
        Gen<Byte> oddByte = weighted(
                Pair.of(3, anyByte()),
                Pair.of(2, pick((byte) 0, (byte) 0xFF, (byte) 0xC0, (byte) 0x80, (byte) 0xED,
                        (byte) '{', (byte) '}', (byte) '[', (byte) ']', (byte) '"', (byte) ',', (byte) ':',
                        (byte) '\\', (byte) '-', (byte) 'e', (byte) '.', (byte) '9')));
        Gen<byte[]> truncated = pos.map(p -> Arrays.copyOf(valid, p));
        Gen<byte[]> flipped = lists().of(pos).ofSizeBetween(1, 8).zip(lists().of(oddByte).ofSize(8), (ps, bs) -> {
                    byte[] b = valid.clone();
                    for (int i = 0; i < ps.size(); i++) {
                        b[ps.get(i)] = bs.get(i);
                    }
                    return b;
                });
        Gen<byte[]> inserted = pos.zip(lists().of(oddByte).ofSizeBetween(1, 6), (p, bs) -> {
                    byte[] b = new byte[valid.length + bs.size()];
                    System.arraycopy(valid, 0, b, 0, p);
                    for (int i = 0; i < bs.size(); i++) {
                        b[p + i] = bs.get(i);
                    }
                    System.arraycopy(valid, p, b, p + bs.size(), valid.length - p);
                    return b;
                });
        Gen<byte[]> deleted = pos.zip(Generate.range(1, 40), (p, n) -> {
            int end = Math.min(valid.length, p + n);
            byte[] b = new byte[valid.length - (end - p)];
            System.arraycopy(valid, 0, b, 0, p);
            System.arraycopy(valid, end, b, p, valid.length - end);
            return b;
        });
        return Generate.oneOf(truncated, flipped, inserted, deleted);
    }

    static Gen<byte[]> nested() {
        Gen<Integer> depth = pick(39, 40, 41, 100, 1_000, 50_000, 200_000);
        return depth.zip(Generate.range(0, 3), (d, shape) -> (switch (shape) {
            case 0 -> "[".repeat(d) + "]".repeat(d);
            case 1 -> "{\"id\":\"N\",\"items\":" + "[".repeat(d) + "]".repeat(d) + "}";
            case 2 -> "{\"id\":\"N\",\"mainHouse\":" + "{\"a\":".repeat(d) + "1" + "}".repeat(d) + "}";
            default -> "[".repeat(d);
        }).getBytes(StandardCharsets.UTF_8));
    }

    static Gen<byte[]> garbage() {
        return Generate.oneOf(
                Generate.byteArrays(Generate.range(0, 300), anyByte()),
                anyString(200).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                pick("", " ", "null", "true", "1", "\"x\"", "[]", "{}", "{\"id\":}", "{,}", "{\"id\":\"a\",}",
                        "{\"id\":\"a\"}//c", "/*c*/{}", "\uFEFF{\"id\":\"a\"}", "{'id':'a'}", "{id:\"a\"}",
                        "{\"id\":\"a\"}{\"id\":\"b\"}", "{\"id\":\"a\",\"id\":\"b\"}", "\u0000", "{\"id\":\"a\"}\u0000")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- requests -----------------------------------------------------------------------------------------------

    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
            "application/json", "application/json", "application/json", "application/json",
            "application/json; charset=UTF-8", "application/json; charset=ISO-8859-1", "application/json; charset=nonsense",
            "application/json; charset=UTF-16", "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/problem+json", "*/*", "application/*", "",
            "application/json;;;", "application/json; charset=\"\"");

    static final List<String> SUPERSEDES = List.of("", "?supersedes=1", "?supersedes=-1", "?supersedes=0",
            "?supersedes=abc", "?supersedes=99999999999999999999", "?supersedes=1e3", "?supersedes=%EF%BC%91",
            "?supersedes=", "?supersedes=1&supersedes=2");

    static Gen<Map<String, String>> headers() {
        Gen<String> key = pick("k-1", "has space", "x".repeat(201), "", "%E7%8E%8B", "\t",
                "k!@#$%^&*()", "k:1");
        Gen<String> operator = pick("%E7%8E%8B%E4%BA%94", "%ZZ", "%", "%E7%8E", "%C0%AF", "%00",
                "a".repeat(101), "%ED%A0%80", "plain", "%2B%2B");
        return Generate.range(0, 29).zip(key, operator, (pick, k, op) -> {
            Map<String, String> h = new LinkedHashMap<>();
            if (pick == 1 || pick == 3) {
                h.put("Idempotency-Key", k);
            }
            if (pick == 2 || pick == 3) {
                h.put("X-Operator", op);
            }
            if (pick == 4) {
                h.put("Accept", "application/xml");
            }
            if (pick == 5) {
                h.put("Accept", "text/html;q=0.1, nonsense");
            }
            return h;
        });
    }

    static Gen<Case> bodyCase() {
        Map<String, Gen<Case>> byEndpoint = new LinkedHashMap<>();
        for (String endpoint : BODY_ENDPOINTS) {
            String base = endpoint.equals("/api/v1/audits") ? REPORT : HOUSEHOLD;
            Gen<Map.Entry<String, byte[]>> body = weighted(
                    Pair.of(10, structural(base).map(b -> Map.entry("structural", b))),
                    Pair.of(6, damaged(base).map(b -> Map.entry("damaged", b))),
                    Pair.of(1, nested().map(b -> Map.entry("nested", b))),
                    Pair.of(2, garbage().map(b -> Map.entry("garbage", b))));
            Gen<String> query = endpoint.equals("/api/v1/audits") ? Generate.constant("")
                    : weighted(Pair.of(6, Generate.constant("")), Pair.of(1, Generate.pick(SUPERSEDES)));
            Gen<String> ct = weighted(Pair.of(8, Generate.constant("application/json")),
                    Pair.of(1, Generate.pick(CONTENT_TYPES)));
            byEndpoint.put(endpoint, body.zip(query, ct, headers(), (b, q, c, h) -> {
                String path = q.isEmpty() ? endpoint
                        : endpoint + (endpoint.contains("?") ? "&" + q.substring(1) : q);
                return new Case(b.getKey(), "POST", path, c, b.getValue(), h);
            }));
        }
        return Generate.pick(BODY_ENDPOINTS).flatMap(byEndpoint::get);
    }

    /** Odd path segments and query values, percent-encoded (raw odd bytes go through the raw-socket test). */
    static final List<String> ODD = List.of("-1", "0", "1", "2", "2147483648", "9223372036854775807",
            "9223372036854775808", "99999999999999999999", "1e3", "0x1", "abc", "１２", "\u0000", "\u202E1",
            "😀", "\uD800", "..", "%", "/", " ", "", "null", "undefined", "NaN", "Infinity", "1.5", "+1", "x".repeat(3000),
            "wenzhengfa-2023-6", "一(一)", "附属平房", "money", "1-1.annex.frame", "2023-07-05", "2023-02-30",
            "-999999999-01-01", "9999-12-31", "'", "\"", "<", "{}", "[]");

    static String enc(String s) {
        // URLEncoder encodes a lone surrogate as '?', which is fine: it stays an odd value
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Gen<Case> getCase() {
        Gen<String> odd = Generate.oneOf(Generate.pick(ODD), anyString(30));
        Gen<String> shape = pick("entry", "verify-entry", "list", "chain", "items", "item",
                "interpretations", "schedules", "unknown", "method");
        return shape.zip(odd, odd, odd, Generate.range(0, 63),
                (s, a, b, c, mask) -> {
                    String ea = enc(a);
                    return switch (s) {
                        case "entry" -> new Case("get", "GET", "/api/v1/ledger/quotes/" + ea, null, null, Map.of());
                        case "verify-entry" -> new Case("get", "POST", "/api/v1/ledger/quotes/" + ea + "/verify", null,
                                null, Map.of());
                        case "list" -> {
                            List<String> q = new ArrayList<>();
                            String[] names = {"household", "village", "from", "to", "page", "size"};
                            String[] vals = {a, b, c, a, b, c};
                            for (int i = 0; i < names.length; i++) {
                                if ((mask & (1 << i)) != 0) {
                                    q.add(names[i] + "=" + enc(vals[i]));
                                }
                            }
                            yield new Case("get", "GET", "/api/v1/ledger/quotes" + (q.isEmpty() ? "" : "?"
                                    + String.join("&", q)), null, null, Map.of());
                        }
                        case "chain" -> new Case("get", "GET", "/api/v1/ledger/verify?x=" + ea, null, null, Map.of());
                        case "items" -> new Case("get", "GET", "/api/v1/schedules/" + ((mask & 1) == 0 ? ea
                                : "wenzhengfa-2023-6") + "/items?section=" + enc(b) + "&category=" + enc(c)
                                + "&mode=" + enc(a) + "&q=" + enc(b), null, null, Map.of());
                        case "item" -> new Case("get", "GET", "/api/v1/schedules/" + ((mask & 1) == 0 ? ea
                                : "wenzhengfa-2023-6") + "/items/" + enc(b), null, null, Map.of());
                        case "interpretations" -> new Case("get", "GET", "/api/v1/schedules/" + ea
                                + "/interpretations", null, null, Map.of());
                        case "schedules" -> new Case("get", "GET", "/api/v1/schedules?" + ea + "=" + enc(b), null,
                                null, Map.of());
                        case "unknown" -> new Case("get", "GET", "/api/v1/" + ea, null, null, Map.of());
                        default -> new Case("method", List.of("PUT", "DELETE", "PATCH", "GET", "OPTIONS").get(mask % 5),
                                List.of("/api/v1/quotes", "/api/v1/ledger/quotes/1", "/api/v1/audits",
                                        "/api/v1/ledger/verify", "/api/v1/schedules").get((mask / 5) % 5),
                                "application/json", "{}".getBytes(StandardCharsets.UTF_8), Map.of());
                    };
                });
    }

    /** All requests: about two thirds damaged bodies, a third odd paths, queries and methods. */
    static Gen<Case> cases() {
        return weighted(Pair.of(2, bodyCase()), Pair.of(1, getCase()));
    }

    /** Only requests that write the ledger: strings and numbers the database must store and give back. */
    static Gen<Case> ledgerCases() {
        Gen<String> raw = Generate.oneOf(Generate.pick(STRINGS).map(FuzzCases::quote), Generate.pick(ESCAPED),
                anyString(64).map(FuzzCases::quote));
        return pick("id", "headOfHousehold", "village").zip(raw,
                pick("/api/v1/quotes?persist=true", "/api/v1/ledger/quotes"), (f, value, endpoint) -> {
                    try {
                        com.fasterxml.jackson.databind.node.ObjectNode n =
                                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(HOUSEHOLD);
                        n.put(f, "\u0001PLACEHOLDER\u0001");
                        String body = JSON.writeValueAsString(n).replace(quote("\u0001PLACEHOLDER\u0001"), value);
                        return new Case("ledger-text", "POST", endpoint, "application/json",
                                body.getBytes(StandardCharsets.UTF_8), Map.of());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
