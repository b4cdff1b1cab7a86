package cn.wenshui.compensation.api.agreement;

import static cn.wenshui.compensation.money.MoneyFormat.grouped;
import static cn.wenshui.compensation.money.MoneyFormat.plain;

import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.household.HouseholdService;
import cn.wenshui.compensation.api.household.HouseholdViews;
import cn.wenshui.compensation.api.ledger.Canonical;
import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.ledger.LedgerViews;
import cn.wenshui.compensation.api.lifecycle.EventService;
import cn.wenshui.compensation.api.problem.BodyLimits;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import cn.wenshui.compensation.api.security.Scope;
import cn.wenshui.compensation.api.web.ChineseAmount;
import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.AreaSwap;
import cn.wenshui.compensation.quote.Incentive;
import cn.wenshui.compensation.quote.PendingItem;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.quote.Subtotal;
import cn.wenshui.compensation.schedule.Reward;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The 补偿协议 of a household: the values of its placeholders ({@link Placeholders}) from the household's file, its
 * current ledger entry, its events and the schedule that quoted it; the .docx filled from the template in force; and
 * the template itself (upload, download, revert). Staff only: the agreement carries personal data unmasked, and each
 * generation is a read of it, written to the access log (purpose {@code agreement:docx} or {@code agreement:page}).
 */
@ApplicationScoped
public class AgreementService {
    public static final String DOCX = "agreement:docx";
    public static final String PAGE = "agreement:page";
    static final String DEFAULT_TEMPLATE = "/agreement/default-agreement.docx";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper READER = Canonical.MAPPER.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Left for the hand when the date is not known yet. */
    static final String BLANK_DATE = "　　　　年　　月　　日";

    private final HouseholdService households;
    private final LedgerService ledger;
    private final EventService events;
    private final EngineRegistry registry;
    private final TemplateRepository templates;
    private final BodyLimits limits;
    private final String partyA;
    private final String paymentTerms;

    public AgreementService(HouseholdService households, LedgerService ledger, EventService events,
                            EngineRegistry registry, TemplateRepository templates, BodyLimits limits,
                            @ConfigProperty(name = "compensation.agreement.party-a") String partyA,
                            @ConfigProperty(name = "compensation.agreement.payment-terms") String paymentTerms) {
        this.households = households;
        this.ledger = ledger;
        this.events = events;
        this.registry = registry;
        this.templates = templates;
        this.limits = limits;
        this.partyA = partyA;
        this.paymentTerms = paymentTerms;
    }

    /** A generated agreement: the .docx and the names the download gives it. */
    public record Document(String code, byte[] docx) {
    }

    /** The filled .docx of household {@code code}. */
    public Document docx(String code, Caller caller) {
        return new Document(code, DocxTemplate.fill(template().content(), values(code, caller, DOCX)));
    }

    /** The filled agreement as HTML (for the print page), from the same template. */
    public String html(String code, Caller caller) {
        return AgreementHtml.render(DocxTemplate.fill(template().content(), values(code, caller, PAGE)));
    }

    // ---- the values --------------------------------------------------------------------------------------------

    DocxTemplate.Values values(String code, Caller caller, String purpose) {
        requireStaff(caller);
        // Everything that can refuse comes before the household's personal data is read (and logged).
        Dates fromEvents = events.of(code).orElseThrow(() -> notFound());
        LedgerViews.Entry entry = ledger.current(code, Scope.all()).orElseThrow(() -> ProblemException.badField(422,
                "code", "no-current-entry", "该户尚无有效的台账记录(报价),不能生成补偿协议;请先出具报价并保存到台账",
                "the household has no current ledger entry (quote); record a quote first"));
        Quote q = read(entry.quote(), Quote.class, entry.id());
        Household input = read(entry.input(), Household.class, entry.id());
        if (q.totalMin().compareTo(q.totalMax()) != 0) {
            throw ProblemException.badField(422, "code", "total-not-exact", "该户当前报价合计仍为区间(" + grouped(q.totalMin(),
                    q.totalMax()) + " 元):尚有项目未填评估单价,金额确定后才能生成补偿协议",
                    "the household's current quote is still a range (" + q.totalMin().toPlainString() + " – "
                            + q.totalMax().toPlainString() + "): items lack an appraised price");
        }
        Schedule s = registry.schedule(entry.scheduleId(), entry.scheduleVersion()).orElse(registry.latest());
        QuoteEngine engine = registry.engine(entry.scheduleId(), entry.scheduleVersion(),
                q.readings() == null ? Map.of() : q.readings()).orElse(registry.current());
        Dates dates = merge(fromEvents, input.dates());

        HouseholdViews.View h = households.get(code, caller, purpose).orElseThrow(() -> notFound());
        Map<String, String> f = new LinkedHashMap<>();
        f.put("甲方", partyA);
        f.put("乙方", nz(h.headName()));
        f.put("户主", nz(h.headName()));
        f.put("身份证号", nz(h.idNumber()));
        f.put("联系电话", nz(h.phone()));
        f.put("开户银行", nz(h.bankName()));
        f.put("银行账号", nz(h.bankAccount()));
        f.put("编号", h.code());
        f.put("村", nz(h.village()));
        f.put("组", nz(h.group()));
        f.put("坐落", nz(h.address()));
        f.put("被拆迁房屋建筑面积", input.demolishedBuildingAreaM2() == null ? "—"
                : plain(input.demolishedBuildingAreaM2()) + " m²");
        f.put("标准名称", s.title());
        f.put("文号", s.documentNumber());
        f.put("账本条目", String.valueOf(entry.id()));
        f.put("报价日期", date(entry.createdAt() == null ? null : entry.createdAt().atZone(ZONE).toLocalDate()));
        f.put("合计", grouped(q.totalMin()));
        f.put("合计大写", ChineseAmount.of(q.totalMin()));
        f.put("待定事项", pending(q.pending()));
        List<Map<String, String>> swaps = swaps(q.areaSwaps());
        f.put("置换说明", swaps.isEmpty() ? "本户无面积置换。" : "");
        incentive(s, engine.incentive(dates), f);
        f.put("付款条款", paymentTerms);
        f.put("签约日期", dates.agreementSigned() == null ? BLANK_DATE : date(dates.agreementSigned()));
        f.put("生成日期", date(LocalDate.now(ZONE)));
        return new DocxTemplate.Values(f, sections(q, s), swaps);
    }

    /** The events' dates where they have one (what happened), else the dates the entry was quoted with. */
    static Dates merge(Dates events, Dates typed) {
        Dates t = typed == null ? new Dates(null, null, null) : typed;
        return new Dates(events.agreementSigned() != null ? events.agreementSigned() : t.agreementSigned(),
                events.compensationPaid() != null ? events.compensationPaid() : t.compensationPaid(),
                events.movedOut() != null ? events.movedOut() : t.movedOut());
    }

    /** The sections holding lines, in the engine's order, each titled as the quoting schedule titles it. */
    private static List<Map<String, String>> sections(Quote q, Schedule s) {
        Set<String> withLines = q.lines().stream().map(QuoteLine::section)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Map<String, String>> out = new ArrayList<>();
        for (Subtotal sub : q.subtotals()) {
            if (!withLines.contains(sub.section())) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            row.put("章节", sub.section());
            row.put("章节标题", s.sectionTitle(sub.section()).orElse(nz(sub.title())));
            row.put("章节小计", grouped(sub.amountMin()));
            row.put("章节小计大写", ChineseAmount.of(sub.amountMin()));
            out.add(row);
        }
        return out;
    }

    private static List<Map<String, String>> swaps(List<AreaSwap> swaps) {
        List<Map<String, String>> out = new ArrayList<>();
        for (AreaSwap a : swaps == null ? List.<AreaSwap>of() : swaps) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("置换项目", a.spec() == null || a.spec().isBlank() ? a.category() : a.category() + " " + a.spec());
            row.put("置换依据面积", plain(a.basisAreaM2()) + " m²");
            row.put("置换比例", "1:" + plain(a.ratio()));
            row.put("置换面积", plain(a.swapAreaM2()) + " m²");
            out.add(row);
        }
        return out;
    }

    private static String pending(List<PendingItem> pending) {
        if (pending == null || pending.isEmpty()) {
            return "无";
        }
        return pending.stream().map(p -> p.clause() + " " + (p.spec() == null || p.spec().isBlank() ? p.category()
                        : p.category() + " " + p.spec()) + (p.quantity() == null ? "" : " " + plain(p.quantity())
                        + nz(p.unit())) + "(" + nz(p.modeZh()) + ")")
                .collect(Collectors.joining(";"));
    }

    /**
     * 三(三): the clause and its words from the schedule, the rewards' days and amounts from its tiers, the dates from
     * the same rule the quote uses ({@link QuoteEngine#incentive}). Before the clock starts, the deadlines are said
     * in days from the start.
     */
    private static void incentive(Schedule s, Incentive i, Map<String, String> f) {
        Optional<ScheduleItem> row = s.incentive();
        f.put("奖励条款", row.map(r -> r.section() + s.sectionTitle(r.section()).orElse("")).orElse(""));
        f.put("奖励条件", row.map(ScheduleItem::printed).orElse(""));
        List<Reward> rewards = s.incentiveRewards();
        boolean started = i != null && i.startDate() != null;
        f.put("奖励起算日", started ? date(i.startDate()) : "签订协议并支付补偿款之日(两者之较晚日)");
        String[] names = {"第一期限", "第二期限"};
        LocalDate[] deadlines = {started ? i.fullDeadline() : null, started ? i.reducedDeadline() : null};
        for (int k = 0; k < names.length; k++) {
            Reward r = k < rewards.size() ? rewards.get(k) : null;
            String days = r == null ? "" : plain(r.withinDays());
            f.put(names[k] + "天数", days);
            f.put(names[k] + "奖励", r == null ? "" : grouped(r.amount()) + " 元");
            f.put(names[k], deadlines[k] != null ? date(deadlines[k]) : r == null ? "" : "起算日后第" + days + "日");
        }
    }

    // ---- the template ------------------------------------------------------------------------------------------

    /** The template in force: the office's upload, or the default one. */
    public record Template(byte[] content, boolean isDefault, String sha256, Instant uploadedAt, String uploadedBy) {
    }

    public Template template() {
        try {
            Optional<TemplateRepository.Stored> s = templates.current();
            if (s.isPresent() && s.get().content() != null) {
                return new Template(s.get().content(), false, s.get().sha256(), s.get().uploadedAt(),
                        s.get().uploadedBy());
            }
            byte[] d = defaultTemplate();
            return new Template(d, true, sha256(d), s.map(TemplateRepository.Stored::uploadedAt).orElse(null),
                    s.map(TemplateRepository.Stored::uploadedBy).orElse(null));
        } catch (SQLException e) {
            throw new IllegalStateException("agreement template read failed", e);
        }
    }

    /** Checks and stores an uploaded template; answers the placeholders it uses. */
    public Set<String> upload(byte[] docx, Caller caller) {
        requireStaffOnly(caller);
        Set<String> names = TemplateCheck.check(docx, maxTemplateBytes());
        try {
            templates.add(docx, sha256(docx), caller.name());
        } catch (SQLException e) {
            throw new IllegalStateException("agreement template write failed", e);
        }
        return names;
    }

    /** The placeholders a template uses, in order. */
    public List<String> placeholdersOf(Template t) {
        try (var doc = DocxTemplate.open(t.content())) {
            return List.copyOf(DocxTemplate.names(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest template: what fits, in base64, in a request body (compensation.max-body-bytes). */
    public long maxTemplateBytes() {
        return limits.body() / 4 * 3 - 1024;
    }

    /** Back to the default template (recorded as a row of its own, so the history shows it). */
    public void revert(Caller caller) {
        requireStaffOnly(caller);
        try {
            templates.add(null, null, caller.name());
        } catch (SQLException e) {
            throw new IllegalStateException("agreement template write failed", e);
        }
    }

    static byte[] defaultTemplate() {
        try (InputStream in = AgreementService.class.getResourceAsStream(DEFAULT_TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("default agreement template missing: " + DEFAULT_TEMPLATE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Staff only; an auditor is refused (403), an appraisal firm answered as if there were no such household. */
    private static void requireStaff(Caller caller) {
        if (caller.isAppraiser()) {
            throw notFound();
        }
        requireStaffOnly(caller);
    }

    private static void requireStaffOnly(Caller caller) {
        if (!caller.isStaff()) {
            throw ProblemException.forbidden("staff-only", "补偿协议含未遮蔽的个人信息,只有工作人员可以生成或管理",
                    "agreements carry personal data unmasked: staff only");
        }
    }

    static ProblemException notFound() {
        return ProblemException.notFound("no household with this code", "没有该编号的分户档案");
    }

    private static <T> T read(JsonNode node, Class<T> type, long entryId) {
        try {
            return READER.treeToValue(node, type);
        } catch (Exception e) {
            throw new IllegalStateException("ledger entry " + entryId + " cannot be read back", e);
        }
    }

    /** 2023年7月5日, as agreements write dates. */
    static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
