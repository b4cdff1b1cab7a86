package cn.wenshui.compensation.api.web;

import cn.wenshui.compensation.api.ledger.Canonical;
import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.money.MoneyFormat;
import cn.wenshui.compensation.api.security.Roles;
import cn.wenshui.compensation.api.security.Scope;
import cn.wenshui.compensation.api.household.HouseholdService;
import cn.wenshui.compensation.api.household.HouseholdViews;
import cn.wenshui.compensation.api.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import cn.wenshui.compensation.api.ledger.LedgerViews;
import cn.wenshui.compensation.schedule.ComputedFrom;
import cn.wenshui.compensation.schedule.Measure;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.Section;
import cn.wenshui.compensation.schedule.ScheduleItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds what the workbench pages show, from the ledger and the schedule; the page resource stays thin. */
@ApplicationScoped
public class WorkbenchViews {
    static final int PAGE_SIZE = 20;

    private final EngineRegistry registry;
    private final LedgerService ledger;

    private final SecurityIdentity identity;

    private final HouseholdService households;

    public WorkbenchViews(EngineRegistry registry, LedgerService ledger, SecurityIdentity identity,
                          HouseholdService households) {
        this.households = households;
        this.registry = registry;
        this.ledger = ledger;
        this.identity = identity;
    }

    /** The entries the logged-in user may see (pages are for staff and auditors: all of them). */
    private Scope scope() {
        return Caller.of(identity).scope();
    }

    /**
     * The sections a staff member picks rows from, with their headings (from the schedule): those holding a row that
     * the engine does not compute from the household facts (the schedule's computedFrom: subsidies, the incentive,
     * area swaps).
     */
    static Map<String, String> pickerSections(Schedule s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Section section : s.sections()) {
            boolean pickable = s.items().stream().anyMatch(i -> i.section().equals(section.id()) && !i.computed());
            if (pickable) {
                m.put(section.id(), section.title());
            }
        }
        return m;
    }

    // ---- household quote page ----------------------------------------------------------------------------------

    /**
     * {@code hardshipExtraMonths}: the months 三(二) adds for an approved hardship; {@code itemsHeading}: the titles of
     * the sections rows are picked from. All from the schedule, so the page writes no number or section of the
     * regulation; the script reads the rest from {@code GET /api/v1/schedules/{id}/facts}.
     */
    public record QuotePage(String scheduleId, int scheduleVersion, String documentNumber, String title,
                            String sectionsJson, String measuresJson, Integer hardshipExtraMonths,
                            String mainHouseRatio, String homesteadRatio, String areaBasis, String incentiveHeading,
                            String livestockHeading, String itemsHeading) {
    }

    static final String MAIN_HOUSE_SWAP_CODE = "1-1.swap.main-house";
    static final String HOMESTEAD_SWAP_CODE = "1-1.swap.homestead";

    public QuotePage quotePage() {
        Schedule s = registry.latest();
        List<Map<String, String>> sections = new ArrayList<>();
        Map<String, String> picker = pickerSections(s);
        picker.forEach((k, v) -> sections.add(Map.of("section", k, "title", v)));
        Map<String, Map<String, String>> measures = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            measures.put(m.key(), Map.of("zh", m.zh(), "unit", m.unit()));
        }
        List<ScheduleItem> byArea = s.computedFrom(ComputedFrom.DEMOLISHED_BUILDING_AREA);
        List<ScheduleItem> premises = s.computedFrom(ComputedFrom.LIVESTOCK_PREMISES);
        Integer extra = byArea.stream().map(ScheduleItem::hardshipExtraMonths).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        return new QuotePage(s.id(), s.version(), s.documentNumber(), s.title(), Canonical.json(sections),
                Canonical.json(measures), extra, swapRatio(s, MAIN_HOUSE_SWAP_CODE), swapRatio(s, HOMESTEAD_SWAP_CODE),
                headings(byArea), headings(s.computedFrom(ComputedFrom.DATES)),
                premises.stream().map(ScheduleItem::section).distinct().collect(Collectors.joining("、")) + " "
                        + categories(premises), String.join("、", picker.values()));
    }

    /** Clause and name of each row, as the schedule prints them, e.g. 「一(一) 房屋面积置换」. */
    private static String headings(List<ScheduleItem> rows) {
        return rows.stream().map(i -> i.section() + " " + Schedule.squash(i.category()))
                .collect(Collectors.joining("、"));
    }

    private static String categories(List<ScheduleItem> rows) {
        return rows.stream().map(i -> Schedule.squash(i.category())).collect(Collectors.joining("、"));
    }

    /** A swap row's ratio as 1:x, from the schedule; null when the schedule has no such row. */
    private static String swapRatio(Schedule s, String code) {
        return s.item(code).map(i -> i.price() instanceof Price.Swap swap
                ? "1:" + swap.ratio().stripTrailingZeros().toPlainString() : null).orElse(null);
    }

    // ---- ledger list ------------------------------------------------------------------------------------------

    public record ListRow(long id, String householdId, String headOfHousehold, String village, String total,
                          String createdAt, String createdBy, Long supersedes, Long supersededBy) {
    }

    public record LedgerList(String household, String village, String from, String to, List<ListRow> rows,
                             int page, int pages, long total, String prevUrl, String nextUrl, List<String> errors) {
    }

    public LedgerList ledgerList(String household, String village, String from, String to, int page) {
        List<String> errors = new ArrayList<>();
        String h = clean(household, 64, "住户编号", errors);
        String v = clean(village, 200, "村", errors);
        String f = dateOrNull(from, "起始日期", errors);
        String t = dateOrNull(to, "截止日期", errors);
        if (f != null && t != null && f.compareTo(t) > 0) {
            errors.add("起始日期晚于截止日期");
        }
        int p = Math.max(0, Math.min(page, 1_000_000));
        LedgerViews.EntryPage result = ledger.list(h, v, f == null ? null : LocalDate.parse(f),
                t == null ? null : LocalDate.parse(t), scope(), p, PAGE_SIZE);
        List<ListRow> rows = result.items().stream().map(e -> new ListRow(e.id(), e.householdId(),
                nz(e.headOfHousehold()), nz(e.village()), MoneyFormat.grouped(e.totalMin(), e.totalMax()),
                QuoteSheet.time(e.createdAt()), author(e), e.supersedes(), e.supersededBy())).toList();
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        String query = query(h, v, f, t);
        String prev = p > 0 ? "/ledger?" + query + "page=" + (p - 1) : null;
        String next = (long) (p + 1) * PAGE_SIZE < result.total() ? "/ledger?" + query + "page=" + (p + 1) : null;
        return new LedgerList(nz(h), nz(v), nz(f), nz(t), rows, p + 1, pages, result.total(), prev, next, errors);
    }

    private static String clean(String s, int max, String what, List<String> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        if (t.length() > max) {
            errors.add(what + "不得超过 " + max + " 个字符");
            return null;
        }
        return t;
    }

    private static String dateOrNull(String s, String what, List<String> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim()).toString();
        } catch (DateTimeParseException e) {
            errors.add(what + "须为 yyyy-MM-dd 格式的日期,如 2023-07-01");
            return null;
        }
    }

    private static String query(String h, String v, String f, String t) {
        StringBuilder b = new StringBuilder();
        param(b, "household", h);
        param(b, "village", v);
        param(b, "from", f);
        param(b, "to", t);
        return b.toString();
    }

    private static void param(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    // ---- one entry: detail and print ----------------------------------------------------------------------------

    public record VerifyView(boolean valid, boolean contentHashMatches, boolean chainLinkMatches,
                             boolean quoteReproduced, List<String> differences) {
    }

    /**
     * {@code sheet} is null when the stored entry cannot be read back; {@code problem} then says why.
     * {@code supersededBy}: the entry that corrected this one (null while current); {@code correctable}: the reader
     * may issue a correction (staff, and the entry is current and readable); {@code householdPath}: the household's
     * 编号 escaped for a URL path (its versions page).
     */
    public record EntryPage(long id, String householdId, String headOfHousehold, String village, String createdAt,
                            String createdBy, Long supersedes, Long supersededBy, String contentHash, String prevHash,
                            QuoteSheet sheet, SheetFacts facts, String problem, VerifyView verify, boolean correctable,
                            String householdPath) {
    }

    public Optional<EntryPage> entryPage(long id) {
        return ledger.get(id, scope()).map(e -> {
            QuoteSheet sheet = null;
            String problem = null;
            try {
                sheet = QuoteSheet.of(e);
            } catch (QuoteSheet.UnreadableEntryException ex) {
                problem = "本记录的存储内容无法读取:" + ex.getMessage();
            }
            VerifyView verify = ledger.verify(id, scope()).map(c -> new VerifyView(c.valid(), c.contentHashMatches(),
                    c.chainLinkMatches(), c.quoteReproduced(), c.differences())).orElse(null);
            boolean correctable = sheet != null && e.supersededBy() == null && identity.hasRole(Roles.STAFF);
            return new EntryPage(e.id(), e.householdId(), nz(e.headOfHousehold()), nz(e.village()),
                    QuoteSheet.time(e.createdAt()), author(e), e.supersedes(), e.supersededBy(), e.contentHash(),
                    e.prevHash(), sheet, sheet == null ? null : sheetFacts(sheet), problem, verify, correctable,
                    path(e.householdId()));
        });
    }

    /** The regulation's facts a sheet states, from the schedule version that quoted it (else the latest). */
    public SheetFacts sheetFacts(QuoteSheet sheet) {
        return SheetFacts.of(registry.schedule(sheet.header().scheduleId(), sheet.header().scheduleVersion())
                .orElseGet(registry::latest));
    }

    /**
     * The household's file as a handed-out sheet shows it (身份证号 masked, 坐落, 组), or null when the entry's
     * household has no file.
     */
    public HouseholdViews.Published file(QuoteSheet sheet) {
        String code = sheet.facts().householdId();
        return code == null ? null : households.published(null, null, null, java.util.List.of(code),
                Caller.of(identity)).stream().findFirst().orElse(null);
    }

    /** The sheet to print; empty when there is no such entry. */
    public Optional<QuoteSheet> sheet(long id) {
        return ledger.get(id, scope()).map(QuoteSheet::of);
    }

    /** Who wrote an entry, as staff know them: the operator's name with the account that wrote it. */
    static String author(LedgerViews.Entry e) {
        String by = nz(e.createdBy());
        return e.operator() == null || e.operator().isBlank() || e.operator().equals(by) ? by
                : e.operator() + "(" + by + ")";
    }

    /** A 编号 as one URL path segment (spaces as %20, not +). */
    static String path(String s) {
        return URLEncoder.encode(nz(s), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
