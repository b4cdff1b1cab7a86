package cn.wenshui.compensation.api.household;

import cn.wenshui.compensation.api.ledger.LedgerService;
import cn.wenshui.compensation.api.privacy.AccessLog;
import cn.wenshui.compensation.api.privacy.Masking;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The household files (分户档案): registration, the facts' updates under optimistic locking, reads and search. Who
 * sees what: staff everything in full (each such read logged in the personal-data access log); auditors everything
 * masked; an appraisal firm only the households assigned to it, masked — any other is not found, like a missing one.
 */
@ApplicationScoped
public class HouseholdService {
    public static final int MAX_PAGE_SIZE = 100;

    /** Why personal data was read, as the access log records it. */
    public static final String API_READ = "api:read";
    public static final String API_SEARCH = "api:search";
    public static final String API_WRITE = "api:write";
    public static final String PAGE_DETAIL = "page:detail";
    public static final String PAGE_SEARCH = "page:search";
    public static final String PAGE_EDIT = "page:edit";

    private final HouseholdRepository repository;
    private final LedgerService ledger;
    private final AccessLog accessLog;

    public HouseholdService(HouseholdRepository repository, LedgerService ledger, AccessLog accessLog) {
        this.repository = repository;
        this.ledger = ledger;
        this.accessLog = accessLog;
    }

    /** Search filters as given (blank: any); {@code order} is "newest" (default) or "code". */
    public record Search(String q, String code, String village, String group, String state, String order, int page,
                         int size) {
    }

    /** Registers a household in state 登记; 409 when the 编号 is taken. Staff only. */
    public HouseholdViews.View create(HouseholdInput in, Caller caller) {
        requireStaff(caller);
        String code = HouseholdRules.code(in.code());
        Household.Facts facts = HouseholdRules.facts(in);
        try {
            Household h = repository.insert(code, facts, HouseholdState.REGISTERED, caller.name(), Instant.now());
            return view(h, caller, API_WRITE);
        } catch (HouseholdRepository.DuplicateCode e) {
            throw ProblemException.conflict("household code already registered", "code", "unique",
                    "编号已被登记,不能重复", "a household with this code is registered already");
        } catch (SQLException e) {
            throw new IllegalStateException("household insert failed", e);
        }
    }

    /**
     * Replaces the facts of household {@code code}, based on row version {@code expectedVersion}; 412 when someone
     * changed it since. The 编号 cannot change: a body naming another one is refused. Staff only.
     */
    public HouseholdViews.View update(String code, HouseholdInput in, int expectedVersion, String versionField,
                                      Caller caller) {
        requireStaff(caller);
        if (in.code() != null && !in.code().isBlank() && !in.code().strip().equals(code)) {
            throw ProblemException.badField(422, "code", "immutable", "编号登记后不可更改",
                    "a household's code cannot change once registered");
        }
        Household.Facts facts = HouseholdRules.facts(in);
        try {
            Household before = repository.find(code).orElseThrow(() -> notFound(code));
            if (before.version() != expectedVersion
                    || !repository.update(code, facts, expectedVersion, caller.name(), Instant.now())) {
                throw new ProblemException(412, "/problems/stale-version", "Precondition failed",
                        "the household was changed by someone else since version " + expectedVersion,
                        List.of(new cn.wenshui.compensation.api.problem.Problem.ProblemViolation(versionField,
                                "stale-version", "该户档案已被他人修改(当前版本与提交的版本不符),请重新打开后再改",
                                "the household was changed since the version this update is based on; reload it")));
            }
            return view(repository.find(code).orElseThrow(() -> notFound(code)), caller, API_WRITE);
        } catch (SQLException e) {
            throw new IllegalStateException("household update failed", e);
        }
    }

    /** One household as this caller may see it; empty when missing or outside the caller's firm. */
    public Optional<HouseholdViews.View> get(String code, Caller caller, String purpose) {
        return visible(code, caller).map(h -> view(h, caller, purpose));
    }

    /** The stored household with personal data in full, for staff's edit form (logged as a read). */
    public Optional<Household> forEdit(String code, Caller caller) {
        requireStaff(caller);
        Optional<Household> h = visible(code, caller);
        h.ifPresent(x -> accessLog.record(caller.name(), List.of(x.id()), PAGE_EDIT));
        return h;
    }

    public HouseholdViews.Page search(Search s, Caller caller, String purpose) {
        int size = s.size();
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badField(400, "size", "range", "每页条数须在1至" + MAX_PAGE_SIZE + "之间",
                    "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (s.page() < 0 || s.page() > 1_000_000) {
            throw ProblemException.badField(400, "page", "range", "页码须在0至1000000之间",
                    "page must be between 0 and 1000000");
        }
        String order = blank(s.order());
        if (order != null && !order.equals("newest") && !order.equals("code")) {
            throw ProblemException.badField(400, "order", "one-of", "排序须为 newest(最新在前)或 code(按编号)",
                    "order must be newest or code");
        }
        HouseholdState state = null;
        if (blank(s.state()) != null) {
            try {
                state = HouseholdState.valueOf(s.state().strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badField(400, "state", "one-of", "状态须为已定义的档案状态之一(如 REGISTERED)",
                        "state must be one of the household states (e.g. REGISTERED)");
            }
        }
        String q = limited(s.q(), "q", 50);
        String code = limited(s.code(), "code", 64);
        String village = limited(s.village(), "village", 200);
        String group = limited(s.group(), "group", 100);
        var criteria = new HouseholdRepository.Criteria(q, code, village, group, state,
                caller.isAppraiser() ? caller.firm() : null, "code".equals(order));
        try {
            HouseholdRepository.Page p = repository.search(criteria, s.page(), size);
            if (caller.isStaff()) {
                accessLog.record(caller.name(), p.rows().stream().map(Household::id).toList(), purpose);
            }
            return new HouseholdViews.Page(p.rows().stream().map(h -> render(h, caller)).toList(), s.page(), size,
                    p.total());
        } catch (SQLException e) {
            throw new IllegalStateException("household search failed", e);
        }
    }

    /** The most files one published or printed document holds. */
    public static final int MAX_PUBLISHED = 2000;

    /**
     * Files for a posted or printed document, by 编号, always masked (so no unmasked read to log): those of a village
     * and 组 and state, or those listed by {@code codes} (in that order; unknown ones left out). An appraisal firm
     * gets only its households. Refused past {@link #MAX_PUBLISHED}.
     */
    public List<HouseholdViews.Published> published(String village, String group, HouseholdState state,
                                                    List<String> codes, Caller caller) {
        List<Household> found = new ArrayList<>();
        try {
            if (codes != null && !codes.isEmpty()) {
                if (codes.size() > MAX_PUBLISHED) {
                    throw tooMany();
                }
                for (String code : codes) {
                    visible(code, caller).ifPresent(found::add);
                }
            } else {
                var criteria = new HouseholdRepository.Criteria(null, null, limited(village, "village", 200),
                        limited(group, "group", 100), state, caller.isAppraiser() ? caller.firm() : null, true);
                for (int page = 0; ; page++) {
                    HouseholdRepository.Page p = repository.search(criteria, page, MAX_PAGE_SIZE);
                    if (page == 0 && p.total() > MAX_PUBLISHED) {
                        throw tooMany();
                    }
                    found.addAll(p.rows());
                    if (p.rows().size() < MAX_PAGE_SIZE) {
                        break;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("household read failed", e);
        }
        return found.stream().map(HouseholdViews.Published::of).toList();
    }

    private static ProblemException tooMany() {
        return ProblemException.badField(400, "village", "too-many", "一份文件最多 " + MAX_PUBLISHED
                + " 户,请按村、组或状态缩小范围", "one document holds at most " + MAX_PUBLISHED
                + " households: narrow it by village, group or state");
    }

    /** Who read this household's personal data; staff and auditors only. */
    public Optional<HouseholdViews.AccessLogView> accessLog(String code, Caller caller) {
        if (caller.isAppraiser()) {
            return Optional.empty();
        }
        return visible(code, caller).map(h -> new HouseholdViews.AccessLogView(h.code(), accessLog.of(h.id())
                .stream().map(a -> new HouseholdViews.Access(a.accessedAt(), a.principal(), a.purpose())).toList()));
    }

    private Optional<Household> visible(String code, Caller caller) {
        if (code == null || !HouseholdRules.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        try {
            return repository.find(code).filter(h -> !caller.isAppraiser()
                    || caller.firm().equals(h.facts().appraisalFirm()));
        } catch (SQLException e) {
            throw new IllegalStateException("household read failed", e);
        }
    }

    /** The view this caller gets; an unmasked one is logged first. */
    private HouseholdViews.View view(Household h, Caller caller, String purpose) {
        if (caller.isStaff()) {
            accessLog.record(caller.name(), List.of(h.id()), purpose);
        }
        return render(h, caller);
    }

    private HouseholdViews.View render(Household h, Caller caller) {
        boolean masked = !caller.isStaff();
        Household.Facts f = h.facts();
        HouseholdViews.CurrentEntry entry = ledger.current(h.code(), caller.scope())
                .map(e -> new HouseholdViews.CurrentEntry(e.id(), e.totalMin(), e.totalMax(), e.createdAt()))
                .orElse(null);
        return new HouseholdViews.View(h.code(),
                masked ? Masking.name(f.headName()) : f.headName(),
                masked ? Masking.idNumber(f.idNumber()) : f.idNumber(),
                f.village(), f.group(), f.address(),
                masked ? Masking.phone(f.phone()) : f.phone(),
                f.bankName(),
                masked ? Masking.bankAccount(f.bankAccount()) : f.bankAccount(),
                f.appraisalFirm(), f.notes(), h.state().name(), h.state().label(), masked, h.version(),
                h.createdAt(), h.createdBy(), h.updatedAt(), h.updatedBy(), entry);
    }

    private static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw ProblemException.forbidden("staff-only", "只有工作人员可以登记或修改分户档案",
                    "only staff may register or change household files");
        }
    }

    static ProblemException notFound(String code) {
        return ProblemException.notFound("no household with this code", "没有该编号的分户档案");
    }

    private static String limited(String value, String field, int max) {
        String v = blank(value);
        if (v != null && v.length() > max) {
            throw ProblemException.badField(400, field, "too-long", field + " 不得超过" + max + "个字符",
                    field + " must be at most " + max + " characters");
        }
        return v;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
