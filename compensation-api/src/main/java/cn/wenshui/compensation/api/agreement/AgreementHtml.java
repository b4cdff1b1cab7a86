package cn.wenshui.compensation.api.agreement;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * The filled agreement as HTML for the print page, read from the same .docx that is downloaded — so the page shows the
 * office's own template, not a second layout. Only text and its plain form go across: paragraphs (alignment, bold,
 * underline, size, page breaks), tables (merged columns, borders or none). Every text is escaped.
 */
final class AgreementHtml {
    private AgreementHtml() {
    }

    static String render(byte[] filledDocx) {
        StringBuilder b = new StringBuilder();
        try (XWPFDocument doc = DocxTemplate.open(filledDocx)) {
            elements(doc.getBodyElements(), b);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return b.toString();
    }

    private static void elements(List<IBodyElement> elements, StringBuilder b) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p, b);
            } else if (e instanceof XWPFTable t) {
                table(t, b);
            }
        }
    }

    private static void paragraph(XWPFParagraph p, StringBuilder b) {
        if (p.isPageBreak()) {
            b.append("<div class=\"page-break\"></div>");
        }
        String align = switch (p.getAlignment() == null ? ParagraphAlignment.LEFT : p.getAlignment()) {
            case CENTER -> "center";
            case RIGHT, END -> "right";
            case BOTH, DISTRIBUTE -> "justify";
            default -> null;
        };
        b.append("<p").append(align == null ? "" : " style=\"text-align:" + align + "\"").append('>');
        boolean empty = true;
        for (XWPFRun r : p.getRuns()) {
            for (CTBr br : r.getCTR().getBrList()) {
                if (br.getType() == STBrType.PAGE) {
                    b.append("</p><div class=\"page-break\"></div><p>");
                }
            }
            String text = r.text();
            if (text.isEmpty()) {
                continue;
            }
            empty = false;
            StringBuilder style = new StringBuilder();
            Double size = r.getFontSizeAsDouble();
            if (size != null) {
                style.append("font-size:").append(size).append("pt;");
            }
            boolean bold = r.isBold();
            boolean under = r.getUnderline() != null && r.getUnderline() != UnderlinePatterns.NONE;
            b.append("<span").append(style.isEmpty() ? "" : " style=\"" + style + "\"")
                    .append(bold || under ? " class=\"" + (bold ? "b " : "") + (under ? "u" : "") + "\"" : "")
                    .append('>').append(escape(text).replace("\n", "<br>").replace("\t", "&emsp;")).append("</span>");
        }
        if (empty) {
            b.append("&nbsp;");
        }
        b.append("</p>");
    }

    private static void table(XWPFTable t, StringBuilder b) {
        boolean borders = t.getTopBorderType() != null && t.getTopBorderType() != XWPFTable.XWPFBorderType.NONE
                && t.getTopBorderType() != XWPFTable.XWPFBorderType.NIL;
        b.append("<table class=\"").append(borders ? "ruled" : "plain").append("\">");
        for (XWPFTableRow row : t.getRows()) {
            b.append("<tr>");
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                BigInteger span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal() : null;
                b.append("<td").append(span != null && span.intValue() > 1 ? " colspan=\"" + span + "\"" : "")
                        .append('>');
                elements(cell.getBodyElements(), b);
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table>");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
