package cn.wenshui.compensation.api.agreement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the agreement's files are sent: their media type and download names. */
final class Downloads {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Downloads() {
    }

    /** An attachment named {@code asciiName} for old clients and {@code name} (UTF-8) for the others. */
    static String disposition(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The 编号 with anything outside ASCII letters, digits, '.', '_' and '-' replaced, for the plain filename. */
    static String ascii(String code) {
        return code == null ? "" : code.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
