package cn.wenshui.compensation.api.web;

import static cn.wenshui.compensation.money.MoneyFormat.grouped;
import static cn.wenshui.compensation.money.MoneyFormat.plain;

import cn.wenshui.compensation.api.ledger.Canonical;
import cn.wenshui.compensation.api.ledger.LedgerViews;
import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.MainHouse;
import cn.wenshui.compensation.quote.AreaSwap;
import cn.wenshui.compensation.quote.CitedInterpretation;
import cn.wenshui.compensation.quote.Incentive;
import cn.wenshui.compensation.quote.LineStatus;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Subtotal;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ledger entry as the 补偿明细表 and the entry page show it: every figure already formatted, lines grouped by
 * section with their subtotals, the total in figures and in capitals (both ends when it is a range).
 */
public record QuoteSheet(Header header, Facts facts, List<SectionBlock> sections, List<SwapRow> swaps,
                         List<PendingRow> pending, IncentiveView incentive, Totals totals, List<String> notices,
                         List<CitedRow> interpretations) {

    /** Stored entries are read leniently: the computed properties (exact, range) are written but not read back. */
    private static final ObjectMapper READER = Canonical.MAPPER.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** The office's time zone: dates and times on pages and papers. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public record Header(long entryId, String documentNumber, String scheduleId, int scheduleVersion,
                         String engineVersion, String contentHash, String prevHash, String createdAt,
                         String createdBy, Long supersedes, Long supersededBy) {
    }

    public record Facts(String householdId, String headOfHousehold, String village, String soleDwelling,
                        String hardshipExtension, String demolishedArea, String measuredArea, String footprint,
                        String homesteadArea, String agreementSigned, String compensationPaid, String movedOut) {
    }

    /**
     * One line as the sheet prints it: {@code no} is its 序号 on the sheet, counted in the order printed (grouped by
     * section), {@code line} the quote's own line number (the JSON's {@code no}).
     */
    public record LineRow(int no, int line, String clause, String label, String printed, String quantity,
                          String unitPrice, String amount, String explanation, String interpretations, boolean range,
                          boolean notCompensated) {
        LineRow numbered(int seq) {
            return new LineRow(seq, line, clause, label, printed, quantity, unitPrice, amount, explanation,
                    interpretations, range, notCompensated);
        }
    }

    public record SectionBlock(String section, String title, List<LineRow> lines, String subtotal) {
    }

    public record SwapRow(String clause, String label, String basis, String ratio, String swapArea,
                          String explanation) {
    }

    public record PendingRow(String clause, String label, String mode, String quantity, String reason) {
    }

    /** An interpretation the quote relies on, for the sheet's appendix; {@code otherReading} when not the default. */
    public record CitedRow(String id, String title, String summary, String otherReading) {
    }

    public record IncentiveView(String status, String startDate, String fullDeadline, String reducedDeadline,
                                String movedOut, String dayNumber, String amount, String explanation) {
    }

    /** {@code range}: the total is an interval (rows without an appraised price); then both ends are given. */
    public record Totals(boolean range, String figures, String min, String max, String capitals, String capitalsMin,
                         String capitalsMax) {
    }

    /** Thrown when a stored entry's input or quote cannot be read back (a damaged or tampered row). */
    public static final class UnreadableEntryException extends RuntimeException {
        UnreadableEntryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static QuoteSheet of(LedgerViews.Entry entry) {
        Quote q = read(entry.quote(), Quote.class, "quote");
        Household h = read(entry.input(), Household.class, "input");
        Header header = new Header(entry.id(), q.documentNumber(), entry.scheduleId(), entry.scheduleVersion(),
                entry.engineVersion(), entry.contentHash(), entry.prevHash(), time(entry.createdAt()),
                WorkbenchViews.author(entry), entry.supersedes(), entry.supersededBy());
        return new QuoteSheet(header, facts(h), sections(q), swaps(q), pending(q), incentive(q.incentive()),
                totals(q.totalMin(), q.totalMax()), q.notices(), cited(q));
    }

    private static <T> T read(JsonNode node, Class<T> type, String what) {
        if (node == null || !node.isObject()) {
            throw new UnreadableEntryException("the stored " + what + " is not a JSON object", null);
        }
        try {
            return READER.treeToValue(node, type);
        } catch (Exception e) {
            throw new UnreadableEntryException("the stored " + what + " cannot be read: " + e.getMessage(), e);
        }
    }

    static String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(ZONE));
    }

    private static Facts facts(Household h) {
        MainHouse m = h.mainHouse();
        Dates d = h.dates();
        return new Facts(h.id(), nz(h.headOfHousehold()), nz(h.village()), h.isSoleDwelling() ? "是" : "否",
                h.isHardshipExtensionApproved() ? "已批准" : "否", area(h.demolishedBuildingAreaM2()),
                m == null ? "" : area(m.measuredAreaM2()), m == null ? "" : area(m.footprintM2()),
                m == null ? "" : area(m.homesteadCertificateAreaM2()),
                d == null ? "" : date(d.agreementSigned()), d == null ? "" : date(d.compensationPaid()),
                d == null ? "" : date(d.movedOut()));
    }

    private static String area(BigDecimal x) {
        return x == null ? "" : plain(x) + " m²";
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String label(String category, String spec) {
        return spec == null || spec.isBlank() ? category : category + " " + spec;
    }

    private static List<SectionBlock> sections(Quote q) {
        Map<String, List<LineRow>> bySection = new LinkedHashMap<>();
        for (Subtotal s : q.subtotals()) {
            bySection.put(s.section(), new ArrayList<>()); // the engine's section order
        }
        for (QuoteLine l : q.lines()) {
            bySection.computeIfAbsent(l.section(), k -> new ArrayList<>()).add(new LineRow(0, l.no(), l.clause(),
                    label(l.category(), l.spec()), l.printed(), plain(l.quantity()) + " " + nz(l.unit()),
                    plain(l.unitPriceMin(), l.unitPriceMax()),
                    grouped(l.amountMin(), l.amountMax()), nz(l.explanation()),
                    String.join("、", l.interpretations()), l.isRange(), l.status() == LineStatus.NOT_COMPENSATED));
        }
        Map<String, Subtotal> subtotals = new LinkedHashMap<>();
        for (Subtotal s : q.subtotals()) {
            subtotals.put(s.section(), s);
        }
        List<SectionBlock> out = new ArrayList<>();
        int seq = 0;
        for (Map.Entry<String, List<LineRow>> e : bySection.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<LineRow> lines = new ArrayList<>();
            for (LineRow l : e.getValue()) {
                lines.add(l.numbered(++seq)); // 序号 1, 2, 3 … down the printed sheet
            }
            Subtotal s = subtotals.get(e.getKey());
            out.add(new SectionBlock(e.getKey(), s == null ? "" : s.title(), lines,
                    s == null ? grouped(BigDecimal.ZERO) : grouped(s.amountMin(), s.amountMax())));
        }
        return out;
    }

    private static List<SwapRow> swaps(Quote q) {
        List<SwapRow> out = new ArrayList<>();
        for (AreaSwap s : q.areaSwaps()) {
            out.add(new SwapRow(s.clause(), label(s.category(), s.spec()), plain(s.basisAreaM2()) + " m²",
                    "1:" + plain(s.ratio()), plain(s.swapAreaM2()) + " m²", nz(s.explanation())));
        }
        return out;
    }

    private static List<CitedRow> cited(Quote q) {
        List<CitedRow> out = new ArrayList<>();
        for (CitedInterpretation c : q.interpretationsCited()) {
            out.add(new CitedRow(c.id(), nz(c.title()), nz(c.summary()), c.defaultReading() ? null : c.reading()));
        }
        return out;
    }

    private static List<PendingRow> pending(Quote q) {
        List<PendingRow> out = new ArrayList<>();
        for (PendingItem p : q.pending()) {
            out.add(new PendingRow(p.clause(), label(p.category(), p.spec()), nz(p.modeZh()),
                    p.quantity() == null ? "" : plain(p.quantity()) + " " + nz(p.unit()), nz(p.reason())));
        }
        return out;
    }

    public static IncentiveView incentive(Incentive i) {
        if (i == null) {
            return null;
        }
        String status = switch (i.status()) {
            case NOT_STARTED -> "未起算(签订协议或支付补偿款日期未填)";
            case AWAITING_MOVE_OUT -> "待搬迁";
            case DECIDED -> "已确定";
            case REFERRED -> "报凤城镇核实";
        };
        return new IncentiveView(status, date(i.startDate()), date(i.fullDeadline()), date(i.reducedDeadline()),
                date(i.movedOut()), i.dayNumber() == null ? "" : "第 " + i.dayNumber() + " 日",
                i.amount() == null ? "" : grouped(i.amount()), nz(i.explanation()));
    }

    static Totals totals(BigDecimal min, BigDecimal max) {
        boolean range = min.compareTo(max) != 0;
        return new Totals(range, grouped(min, max), grouped(min), grouped(max),
                ChineseAmount.of(min), ChineseAmount.of(min), ChineseAmount.of(max));
    }
}
