package cn.wenshui.compensation.api.batch;

import static cn.wenshui.compensation.money.MoneyFormat.groupedAsGiven;
import static cn.wenshui.compensation.money.MoneyFormat.wan;

import cn.wenshui.compensation.api.batch.BatchResult.SectionTotal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 片区 summary charts as inline SVG, drawn on the server with no script and no library: a histogram of the
 * households' totals and a bar per section (the solid part is the minimum, the light part reaches the maximum).
 */
public final class SummaryChart {
    private static final String SOLID = "#2f6690";
    private static final String LIGHT = "#a9c8e2";
    private static final String AXIS = "#555";
    private static final String FONT = "font-family=\"sans-serif\" font-size=\"12\"";

    private SummaryChart() {
    }

    /** One bin of the histogram: [from, to) in yuan (the last bin includes its upper end), and its households. */
    public record Bin(BigDecimal from, BigDecimal to, int households) {
    }

    /** Bins of a "nice" width (1, 2, 2.5 or 5 × 10^k yuan) covering 0 … the largest value, about {@code target}. */
    public static List<Bin> bins(List<BigDecimal> values, int target) {
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal step = niceStep(max, target);
        int n = max.signum() == 0 ? 1 : max.divide(step, 0, RoundingMode.FLOOR).intValue() + 1;
        if (n > 1 && max.remainder(step).signum() == 0) {
            n--; // the largest value sits on the last bin's upper edge: that bin includes it
        }
        int[] counts = new int[n];
        for (BigDecimal v : values) {
            int i = v.divide(step, 0, RoundingMode.FLOOR).intValue();
            counts[Math.max(0, Math.min(n - 1, i))]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bins.add(new Bin(step.multiply(BigDecimal.valueOf(i)), step.multiply(BigDecimal.valueOf(i + 1)), counts[i]));
        }
        return bins;
    }

    static BigDecimal niceStep(BigDecimal max, int target) {
        if (max.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal raw = max.divide(BigDecimal.valueOf(target), 10, RoundingMode.CEILING);
        int exp = raw.precision() - raw.scale() - 1;
        BigDecimal magnitude = BigDecimal.ONE.movePointRight(exp);
        for (String m : new String[] {"1", "2", "2.5", "5", "10"}) {
            BigDecimal s = magnitude.multiply(new BigDecimal(m));
            if (s.compareTo(raw) >= 0) {
                return s.stripTrailingZeros().scale() < 0 ? s.setScale(0) : s.stripTrailingZeros();
            }
        }
        return magnitude.multiply(BigDecimal.TEN);
    }

    public static String histogram(List<BigDecimal> totals, String caption) {
        List<Bin> bins = bins(totals, 10);
        int width = 720;
        int height = 300;
        int left = 48;
        int right = 16;
        int top = 28;
        int bottom = 64;
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        int maxCount = Math.max(1, bins.stream().mapToInt(Bin::households).max().orElse(1));
        int tick = niceStep(BigDecimal.valueOf(maxCount), 5).max(BigDecimal.ONE).setScale(0, RoundingMode.CEILING)
                .intValue();
        int yMax = ((maxCount + tick - 1) / tick) * tick;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart histogram\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"").append(esc(caption))
                .append("\">");
        s.append("<title>").append(esc(caption)).append("</title>");
        s.append("<text x=\"").append(left).append("\" y=\"16\" ").append(FONT).append(" fill=\"").append(AXIS)
                .append("\">户数</text>");
        for (int y = 0; y <= yMax; y += tick) {
            double py = top + plotH - (double) y / yMax * plotH;
            s.append("<line x1=\"").append(left).append("\" x2=\"").append(width - right).append("\" y1=\"")
                    .append(fmt(py)).append("\" y2=\"").append(fmt(py)).append("\" stroke=\"#ddd\"/>");
            s.append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(py + 4)).append("\" text-anchor=\"end\" ")
                    .append(FONT).append(" fill=\"").append(AXIS).append("\">").append(y).append("</text>");
        }
        double bw = (double) plotW / bins.size();
        boolean rotate = bins.size() > 6;
        for (int i = 0; i < bins.size(); i++) {
            Bin b = bins.get(i);
            double h = (double) b.households() / yMax * plotH;
            double x = left + i * bw;
            String label = wan(b.from()) + "–" + wan(b.to());
            s.append("<g><title>").append(esc(groupedAsGiven(b.from()) + "–" + groupedAsGiven(b.to()) + " 元:" + b.households() + " 户"))
                    .append("</title>");
            s.append("<rect x=\"").append(fmt(x + 2)).append("\" y=\"").append(fmt(top + plotH - h))
                    .append("\" width=\"").append(fmt(Math.max(1, bw - 4))).append("\" height=\"").append(fmt(h))
                    .append("\" fill=\"").append(SOLID).append("\"/>");
            if (b.households() > 0) {
                s.append("<text x=\"").append(fmt(x + bw / 2)).append("\" y=\"").append(fmt(top + plotH - h - 4))
                        .append("\" text-anchor=\"middle\" ").append(FONT).append(">").append(b.households())
                        .append("</text>");
            }
            s.append("</g>");
            double lx = x + bw / 2;
            double ly = top + plotH + 16;
            s.append("<text x=\"").append(fmt(lx)).append("\" y=\"").append(fmt(ly)).append("\" ").append(FONT)
                    .append(" fill=\"").append(AXIS).append("\"");
            if (rotate) {
                s.append(" text-anchor=\"end\" transform=\"rotate(-35 ").append(fmt(lx)).append(' ').append(fmt(ly))
                        .append(")\"");
            } else {
                s.append(" text-anchor=\"middle\"");
            }
            s.append('>').append(esc(label)).append("</text>");
        }
        s.append("<line x1=\"").append(left).append("\" x2=\"").append(width - right).append("\" y1=\"")
                .append(top + plotH).append("\" y2=\"").append(top + plotH).append("\" stroke=\"").append(AXIS)
                .append("\"/>");
        s.append("<text x=\"").append(width - right).append("\" y=\"").append(height - 4)
                .append("\" text-anchor=\"end\" ").append(FONT).append(" fill=\"").append(AXIS)
                .append("\">每户合计(元)</text>");
        s.append("</svg>");
        return s.toString();
    }

    public static String sections(List<SectionTotal> sections, String caption) {
        int width = 720;
        int rowH = 30;
        int left = 170;
        int right = 190;
        int top = 10;
        int height = top + Math.max(1, sections.size()) * rowH + 26;
        int plotW = width - left - right;
        BigDecimal max = sections.stream().map(SectionTotal::max).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() <= 0) {
            max = BigDecimal.ONE;
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart sections\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"").append(esc(caption))
                .append("\">");
        s.append("<title>").append(esc(caption)).append("</title>");
        int i = 0;
        for (SectionTotal t : sections) {
            double y = top + i * rowH;
            double wMin = t.min().doubleValue() / max.doubleValue() * plotW;
            double wMax = t.max().doubleValue() / max.doubleValue() * plotW;
            String value = t.min().compareTo(t.max()) == 0 ? groupedAsGiven(t.min())
                    : groupedAsGiven(t.min()) + "–" + groupedAsGiven(t.max());
            s.append("<g><title>").append(esc(t.section() + " " + t.title() + ":" + value + " 元,"
                    + t.households() + " 户")).append("</title>");
            s.append("<text x=\"").append(left - 8).append("\" y=\"").append(fmt(y + 19))
                    .append("\" text-anchor=\"end\" ").append(FONT).append('>')
                    .append(esc(t.section() + " " + t.title())).append("</text>");
            s.append("<rect x=\"").append(left).append("\" y=\"").append(fmt(y + 6)).append("\" width=\"")
                    .append(fmt(Math.max(1, wMax))).append("\" height=\"18\" fill=\"").append(LIGHT).append("\"/>");
            s.append("<rect x=\"").append(left).append("\" y=\"").append(fmt(y + 6)).append("\" width=\"")
                    .append(fmt(Math.max(1, wMin))).append("\" height=\"18\" fill=\"").append(SOLID).append("\"/>");
            s.append("<text x=\"").append(fmt(left + Math.max(1, wMax) + 6)).append("\" y=\"").append(fmt(y + 19))
                    .append("\" ").append(FONT).append('>').append(esc(value)).append("</text>");
            s.append("</g>");
            i++;
        }
        double ly = top + Math.max(1, sections.size()) * rowH + 14;
        s.append("<rect x=\"").append(left).append("\" y=\"").append(fmt(ly - 10)).append("\" width=\"12\" height=\"12\" fill=\"")
                .append(SOLID).append("\"/><text x=\"").append(left + 16).append("\" y=\"").append(fmt(ly)).append("\" ")
                .append(FONT).append(">最低</text>");
        s.append("<rect x=\"").append(left + 60).append("\" y=\"").append(fmt(ly - 10))
                .append("\" width=\"12\" height=\"12\" fill=\"").append(LIGHT).append("\"/><text x=\"").append(left + 76)
                .append("\" y=\"").append(fmt(ly)).append("\" ").append(FONT)
                .append(">至最高(未给评估单价的区间)</text>");
        s.append("</svg>");
        return s.toString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
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
