package cn.wenshui.compensation.api.agreement;

import cn.wenshui.compensation.api.problem.Problem;
import cn.wenshui.compensation.api.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Checks an uploaded 补偿协议 template before it is stored. The file is read as a ZIP package and as XML only, never
 * run: refused are anything but a Word document (.docx), macro-enabled documents (.docm, vbaProject), ActiveX and
 * embedded objects, external relationships (linked templates, images or documents fetched when opened), fields that
 * fetch or run something (DDE, INCLUDETEXT, LINK …), placeholders not in {@link Placeholders} (each named), and a
 * template without the placeholders an agreement cannot do without.
 */
public final class TemplateCheck {
    /** Most entries and uncompressed bytes a template package may hold (a ZIP bomb stops here). */
    static final int MAX_ENTRIES = 1000;
    static final long MAX_UNCOMPRESSED = 32L * 1024 * 1024;
    /** What every template must hold: who signs, which household, how much. */
    public static final List<String> REQUIRED = List.of("户主", "编号", "合计", "合计大写");

    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final Pattern EXTERNAL = Pattern.compile("TargetMode\\s*=\\s*[\"']External[\"']",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBEDDING_REL = Pattern.compile("Type\\s*=\\s*[\"'][^\"']*/(aFChunk|oleObject|package|"
            + "control|attachedTemplate|subDocument|frame)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTIVE_FIELD = Pattern.compile("(<w:instrText[^>]*>|w:instr\\s*=\\s*\")\\s*"
            + "(DDEAUTO|DDE|INCLUDETEXT|INCLUDEPICTURE|LINK|IMPORT|MACROBUTTON|HYPERLINK|DATABASE)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private TemplateCheck() {
    }

    /** The checked template's placeholders; throws a 4xx problem naming the rule (and each unknown name). */
    public static Set<String> check(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw invalid(400, "body-required", "请上传 Word 文档(.docx)作为协议模板", "the body must be a .docx template");
        }
        if (bytes.length > maxBytes) {
            throw new ProblemException(413, "/problems/too-large", "Payload too large",
                    "the template of " + bytes.length + " bytes exceeds the limit of " + maxBytes + " bytes",
                    List.of(new Problem.ProblemViolation("template", "template-too-large",
                            "协议模板超过 " + maxBytes + " 字节的上限", "the template exceeds " + maxBytes + " bytes")));
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw notDocx();
        }
        Map<String, String> xml = readPackage(bytes);
        String types = xml.get("[Content_Types].xml");
        if (types == null) {
            throw notDocx();
        }
        if (types.contains("macroEnabled") || types.contains("vbaProject")) {
            throw macro();
        }
        if (!types.contains(DOCX_MAIN)) {
            throw notDocx();
        }
        for (Map.Entry<String, String> e : xml.entrySet()) {
            if (!e.getKey().endsWith(".rels")) {
                continue;
            }
            if (EXTERNAL.matcher(e.getValue()).find()) {
                throw invalid(422, "external-link", "模板含外部链接(链接的文件、图片、网址或模板),打开时会从外部取内容,不予接受",
                        "the template holds external relationships (linked files, images, URLs or templates)");
            }
            if (EMBEDDING_REL.matcher(e.getValue()).find()) {
                throw embedded();
            }
        }
        Set<String> raw = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : xml.entrySet()) {
            if (!e.getKey().startsWith("word/") || !e.getKey().endsWith(".xml")) {
                continue;
            }
            Matcher field = ACTIVE_FIELD.matcher(e.getValue());
            if (field.find()) {
                String name = field.group(2).toUpperCase(Locale.ROOT);
                throw invalid(422, "active-field", "模板含会取外部内容或执行操作的域(" + name + "),不予接受",
                        "the template holds a field that fetches or runs something (" + name + ")");
            }
            Matcher m = Placeholders.PATTERN.matcher(unescape(TAG.matcher(e.getValue()).replaceAll("")));
            while (m.find()) {
                raw.add(m.group(1));
            }
        }
        Set<String> names;
        List<String> mixed;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            names = DocxTemplate.names(doc);
            mixed = DocxTemplate.mixedRows(doc);
        } catch (IOException | RuntimeException e) {
            throw notDocx();
        }
        Set<String> all = new LinkedHashSet<>(names);
        all.addAll(raw);
        List<String> unknown = all.stream().filter(n -> !Placeholders.known(n)).toList();
        if (!unknown.isEmpty()) {
            List<Problem.ProblemViolation> v = new ArrayList<>();
            for (String n : unknown) {
                v.add(new Problem.ProblemViolation("template", "unknown-placeholder", "未知的占位符 ${" + n
                        + "}(可用的占位符见 GET /api/v1/agreement/placeholders)", "unknown placeholder ${" + n + "}"));
            }
            throw new ProblemException(422, "/problems/invalid-template", "Invalid template",
                    "unknown placeholders: " + String.join(", ", unknown.stream().map(n -> "${" + n + "}").toList()), v);
        }
        List<String> unreachable = raw.stream().filter(n -> !names.contains(n)).toList();
        if (!unreachable.isEmpty()) {
            String list = String.join("、", unreachable.stream().map(n -> "${" + n + "}").toList());
            throw invalid(422, "placeholder-unreachable", "占位符 " + list + " 位于文本框、脚注、内容控件或修订中,无法替换;"
                    + "请移到正文段落或表格中(并接受修订)", "placeholders " + list + " stand in a text box, footnote, content "
                    + "control or tracked change and cannot be replaced; move them into a paragraph or table");
        }
        if (!mixed.isEmpty()) {
            throw invalid(422, "mixed-row", "同一表格行不能同时含分项(${章节}…)与面积置换(${置换项目}…)占位符",
                    "one table row cannot hold both section and area-swap placeholders");
        }
        List<String> missing = REQUIRED.stream().filter(n -> !names.contains(n)).toList();
        if (!missing.isEmpty()) {
            String list = String.join("、", missing.stream().map(n -> "${" + n + "}").toList());
            throw invalid(422, "placeholder-missing", "协议模板缺少必需的占位符 " + list,
                    "the template lacks the required placeholders " + list);
        }
        return names;
    }

    /** The package's XML parts as text; refuses macros, ActiveX and embedded objects by their part names. */
    private static Map<String, String> readPackage(byte[] bytes) {
        Map<String, String> xml = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            byte[] buf = new byte[8192];
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw tooBig();
                }
                String name = e.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.contains("vbadata")) {
                    throw macro();
                }
                if (lower.startsWith("word/activex/") || lower.startsWith("word/embeddings/")) {
                    throw embedded();
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                boolean keep = lower.endsWith(".xml") || lower.endsWith(".rels");
                int n;
                while ((n = read(zip, buf)) > 0) {
                    total += n;
                    if (total > MAX_UNCOMPRESSED) {
                        throw tooBig();
                    }
                    if (keep) {
                        out.write(buf, 0, n);
                    }
                }
                if (keep) {
                    xml.put(name, out.toString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw notDocx();
        }
        return xml;
    }

    private static int read(InputStream in, byte[] buf) throws IOException {
        return in.read(buf);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static ProblemException invalid(int status, String rule, String zh, String en) {
        return new ProblemException(status, "/problems/invalid-template", "Invalid template", en,
                List.of(new Problem.ProblemViolation("template", rule, zh, en)));
    }

    private static ProblemException notDocx() {
        return invalid(422, "not-docx", "协议模板须为 Word 文档(.docx);不接受 .doc、.docm、.dotx、PDF 或其他文件",
                "the template must be a Word document (.docx); .doc, .docm, .dotx, PDF or other files are refused");
    }

    private static ProblemException macro() {
        return invalid(422, "macro", "模板含宏(启用宏的文档 .docm 或 vbaProject),不予接受",
                "the template is macro-enabled (.docm or a vbaProject part)");
    }

    private static ProblemException embedded() {
        return invalid(422, "embedded-object", "模板含嵌入对象、ActiveX 控件或附加模板,不予接受",
                "the template holds embedded objects, ActiveX controls or an attached template");
    }

    private static ProblemException tooBig() {
        return invalid(422, "package-too-large", "模板解压后过大或文件过多(上限 " + MAX_ENTRIES + " 个文件、"
                + (MAX_UNCOMPRESSED / 1024 / 1024) + " MiB)", "the template unpacks to too many files or bytes");
    }
}
