package cn.wenshui.compensation.api.batch;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns the text of a cell (as {@link SheetReader} gives it) into a value of its column's kind, or says in Chinese
 * and English why it cannot. Numbers go from text straight to {@link BigDecimal}: never through a double.
 */
final class CellValues {
    /** One cell that cannot be read as its column's kind. */
    static final class Problem extends Exception {
        final String rule;
        final String zh;
        final String en;

        Problem(String rule, String zh, String en) {
            super(rule, null, false, false);
            this.rule = rule;
            this.zh = zh;
            this.en = en;
        }
    }

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");
    /** Excel serial numbers of 2000-01-01 and 2100-12-31: a bare number in a date column within them is a date. */
    private static final double FIRST_SERIAL = 36526;
    private static final double LAST_SERIAL = 73415;
    /** Values beyond 10^15 (or finer than 10^-15) are no measurement or price anyone types. */
    private static final int MAX_DIGITS = 15;
    private static final Set<String> YES = Set.of("是", "有", "y", "yes", "true", "1", "√", "✓", "对");
    private static final Set<String> NO = Set.of("否", "无", "n", "no", "false", "0", "×", "✗", "不是");

    private CellValues() {
    }

    /** The text with outer white space removed; null or blank gives null. */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }

    static String error(String raw) {
        return raw != null && raw.startsWith("ERROR:") ? raw.substring("ERROR:".length()) : null;
    }

    static BigDecimal number(String raw, boolean percentAllowed) throws Problem {
        if (raw != null && isPlainDecimal(raw)) {
            // what a number cell gives (10, 1.8, -3): the checks below would leave it as it is
            return inRange(new BigDecimal(raw), raw);
        }
        String s = text(raw);
        if (s == null) {
            return null;
        }
        cellError(s);
        String n = WHITE_SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
        if (n.endsWith("%")) {
            if (!percentAllowed) {
                throw new Problem("not-a-number", "「" + s + "」不是数字(本列不填百分号)",
                        "'" + s + "' is not a number (no percent sign in this column)");
            }
            n = n.substring(0, n.length() - 1);
        }
        if (GROUPED.matcher(n).matches()) {
            n = n.replace(",", "");
        }
        if (!DECIMAL.matcher(n).matches()) {
            throw new Problem("not-a-number", "「" + s + "」不是数字", "'" + s + "' is not a number");
        }
        return inRange(new BigDecimal(n), s);
    }

    private static BigDecimal inRange(BigDecimal b, String s) throws Problem {
        if (b.signum() != 0 && (b.precision() - b.scale() > MAX_DIGITS || b.scale() > MAX_DIGITS)) {
            throw new Problem("number-out-of-range", "「" + s + "」超出可接受的数值范围", "'" + s + "' is out of range");
        }
        return b;
    }

    /** ASCII {@code -?digits(.digits)?}, nothing else (no space, sign +, grouping, exponent, percent, full width). */
    static boolean isPlainDecimal(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        i++;
        int decimals = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            decimals++;
        }
        return decimals > 0 && i == n;
    }

    static Boolean bool(String raw) throws Problem {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        cellError(s);
        String k = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (YES.contains(k)) {
            return true;
        }
        if (NO.contains(k)) {
            return false;
        }
        throw new Problem("not-yes-no", "「" + s + "」应填「是」或「否」", "'" + s + "' must be 是 (yes) or 否 (no)");
    }

    /**
     * A date cell (given as an ISO date), or text 2023-07-01, 2023/7/1, 2023.7.1, 2023年7月1日, 20230701, or a bare
     * Excel serial number (a date cell that lost its format).
     */
    static LocalDate date(String raw) throws Problem {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        LocalDate iso = isoDate(s);
        if (iso != null) {
            return iso;
        }
        cellError(s);
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        Matcher m = YMD.matcher(n);
        if (!m.matches()) {
            m = COMPACT.matcher(n);
        }
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new Problem("not-a-date", "「" + s + "」不是存在的日期", "'" + s + "' is not a real date");
            }
        }
        if (SERIAL.matcher(n).matches()) {
            double serial = Double.parseDouble(n);
            if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL) {
                return DateUtil.getLocalDateTime(serial).toLocalDate();
            }
        }
        throw new Problem("not-a-date", "「" + s + "」不是日期,请填写如 2023-07-01",
                "'" + s + "' is not a date; write e.g. 2023-07-01");
    }

    /** {@code 2023-07-01}, what a date cell gives; null for anything else (read by the general rules). */
    private static LocalDate isoDate(String s) throws Problem {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                    Integer.parseInt(s, 8, 10, 10));
        } catch (DateTimeException e) {
            throw new Problem("not-a-date", "「" + s + "」不是存在的日期", "'" + s + "' is not a real date");
        }
    }

    private static void cellError(String s) throws Problem {
        String e = error(s);
        if (e != null) {
            throw new Problem("cell-error", "单元格为错误值 " + e + ",请改为数值或留空",
                    "the cell holds the error value " + e);
        }
    }
}
