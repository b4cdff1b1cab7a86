package cn.wenshui.compensation.api.publication;

import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.household.HouseholdService;
import cn.wenshui.compensation.api.household.HouseholdViews;
import cn.wenshui.compensation.api.ledger.Canonical;
import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.ledger.LedgerViews;
import cn.wenshui.compensation.api.problem.Params;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.web.QuoteSheet;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.AreaSwap;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.Subtotal;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.Section;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The 公示表 of a village (or one 组) for a round: each household's current ledger entry with its file, 户主 and
 * 身份证号 masked through {@code privacy/Masking} (by {@link HouseholdService#published}) — whoever asks, since the
 * table is posted. The document number, the contact line and the default period are the office's configuration.
 */
@ApplicationScoped
public class PublicationService {
    private static final ObjectMapper READER = Canonical.MAPPER.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final HouseholdService households;
    private final LedgerService ledger;
    private final EngineRegistry registry;
    private final String documentNumber;
    private final String contact;
    private final int days;

    public PublicationService(HouseholdService households, LedgerService ledger, EngineRegistry registry,
                              @ConfigProperty(name = "compensation.publication.document-number") String documentNumber,
                              @ConfigProperty(name = "compensation.publication.contact") String contact,
                              @ConfigProperty(name = "compensation.publication.days", defaultValue = "7") int days) {
        this.households = households;
        this.ledger = ledger;
        this.registry = registry;
        this.documentNumber = documentNumber;
        this.contact = contact;
        this.days = days;
    }

    /** What to publish: a village (required), optionally one 组; the round; the period (default: from today). */
    public record Request(String village, String group, Integer round, LocalDate from, LocalDate to) {
        /** From query parameters, as the API and the page take them (400 naming the parameter). */
        public static Request of(String village, String group, String round, String from, String to) {
            String r = Params.blank(round);
            if (r != null && !r.equals("1") && !r.equals("2")) {
                throw ProblemException.badField(400, "round", "one-of", "公示轮次须为 1 或 2", "round must be 1 or 2");
            }
            return new Request(Params.blank(village), Params.blank(group), r == null ? null : Integer.valueOf(r),
                    Params.date("from", from), Params.date("to", to));
        }
    }

    public PublicationViews.Table table(Request r, Caller caller) {
        if (r.village() == null) {
            throw ProblemException.badField(400, "village", "required", "须指定公示的村", "village is required");
        }
        int round = r.round() == null ? 1 : r.round();
        if (round != 1 && round != 2) {
            throw ProblemException.badField(400, "round", "one-of", "公示轮次须为 1 或 2", "round must be 1 or 2");
        }
        LocalDate from = r.from() == null ? LocalDate.now(QuoteSheet.ZONE) : r.from();
        LocalDate to = r.to() == null ? from.plusDays(days - 1L) : r.to();
        if (to.isBefore(from)) {
            throw ProblemException.badField(400, "to", "date-order", "公示期的结束日不能早于开始日",
                    "the publication period cannot end before it starts");
        }
        Schedule schedule = registry.latest();
        List<Section> sections = schedule.sections();
        List<PublicationViews.Row> rows = new ArrayList<>();
        Money total = Money.ZERO;
        int quoted = 0;
        List<HouseholdViews.Published> files = households.published(r.village(), r.group(), null, null, caller);
        for (HouseholdViews.Published f : files) {
            Optional<LedgerViews.Entry> entry = ledger.current(f.code(), caller.scope());
            PublicationViews.Row row = row(rows.size() + 1, f, entry.orElse(null), sections);
            rows.add(row);
            if (row.total() != null) {
                quoted++;
                total = total.plus(row.total());
            }
        }
        // a section no household of this table has anything in is left out: the table is posted, and must fit
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            final int k = i;
            if (rows.stream().anyMatch(x -> x.sections() != null && x.sections().get(k).max().signum() != 0)) {
                used.add(i);
            }
        }
        rows = rows.stream().map(x -> x.sections() == null ? x : x.onlySections(used)).toList();
        List<Section> shown = used.stream().map(sections::get).toList();
        String title = r.village() + (r.group() == null ? "" : r.group()) + "征地拆迁补偿公示表(第" + (round == 1 ? "一"
                : "二") + "轮)";
        return new PublicationViews.Table(title, documentNumber, r.village(), r.group(), round, from, to, contact,
                schedule.documentNumber(), shown.stream()
                .map(s -> new PublicationViews.SectionColumn(s.id(), s.title())).toList(), rows,
                total, rows.size(), quoted);
    }

    static PublicationViews.Row row(int no, HouseholdViews.Published f, LedgerViews.Entry entry,
                                            List<Section> sections) {
        if (entry == null) {
            return new PublicationViews.Row(no, f.code(), f.headName(), f.idNumber(), f.group(), f.address(), null,
                    null, null, null, null, null, "尚无报价", null, f.stateLabel());
        }
        Quote q = read(entry, entry.quote(), Quote.class);
        Household h = read(entry, entry.input(), Household.class);
        Map<String, Subtotal> bySection = new HashMap<>();
        q.subtotals().forEach(s -> bySection.put(s.section(), s));
        List<Money> amounts = sections.stream().map(s -> bySection.get(s.id()))
                .map(s -> s == null ? Money.ZERO
                        : Money.between(s.amountMin(), s.amountMax())).toList();
        BigDecimal mainSwap = null;
        BigDecimal homesteadSwap = null;
        for (AreaSwap a : q.areaSwaps()) {
            if (a.code().endsWith("main-house")) {
                mainSwap = mainSwap == null ? a.swapAreaM2() : mainSwap.add(a.swapAreaM2());
            } else {
                homesteadSwap = homesteadSwap == null ? a.swapAreaM2() : homesteadSwap.add(a.swapAreaM2());
            }
        }
        var incentive = QuoteSheet.incentive(q.incentive());
        // the status without the sheet's parenthetical explanation: a 公示 cell, not a form
        String incentiveText = incentive == null ? "" : brief(incentive.status())
                + (incentive.amount().isEmpty() ? "" : " " + incentive.amount() + " 元");
        return new PublicationViews.Row(no, f.code(), f.headName(), f.idNumber(), f.group(), f.address(),
                h.demolishedBuildingAreaM2(), h.mainHouse() == null ? null : h.mainHouse().measuredAreaM2(), amounts,
                Money.between(q.totalMin(), q.totalMax()), mainSwap, homesteadSwap, incentiveText,
                entry.id(), f.stateLabel());
    }

    private static <T> T read(LedgerViews.Entry entry, com.fasterxml.jackson.databind.JsonNode node, Class<T> type) {
        try {
            return READER.treeToValue(node, type);
        } catch (Exception e) {
            throw new IllegalStateException("ledger entry " + entry.id() + " cannot be read for publication", e);
        }
    }

    /** A status without the sheet's parenthetical explanation. */
    static String brief(String status) {
        int cut = status.indexOf('\uFF08');
        int ascii = status.indexOf('(');
        cut = cut < 0 ? ascii : ascii < 0 ? cut : Math.min(cut, ascii);
        return cut < 0 ? status : status.substring(0, cut);
    }
}
