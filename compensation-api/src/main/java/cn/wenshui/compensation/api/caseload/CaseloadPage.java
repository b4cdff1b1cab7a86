package cn.wenshui.compensation.api.caseload;

import cn.wenshui.compensation.api.household.HouseholdState;
import cn.wenshui.compensation.api.problem.Params;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.api.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import cn.wenshui.compensation.money.MoneyFormat;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 片区进度: the caseload dashboard and the deadline list as a page (staff and auditors). */
@Path("/caseload")
@Produces(MediaType.TEXT_HTML)
public class CaseloadPage {

    @CheckedTemplate(basePath = "caseload")
    static class Templates {
        static native TemplateInstance dashboard(View view);
    }

    /** The page's figures, formatted once here (amounts by the project's one formatter). */
    public record View(String asOf, String village, String group, String state, List<StateOption> states,
                       List<Line> lines, List<Bar> bars, List<DeadlineLine> deadlines, List<String> errors,
                       String exportUrl) {
    }

    public record StateOption(String name, String label, boolean selected) {
    }

    /** One row of the summary table: the 片区, a village or a 组. */
    public record Line(String kind, String village, String group, int households, String states, int quoted,
                       String quotedAmount, int signed, String signedAmount, int paid, String paidAmount,
                       String outstandingAmount, int decided, String decidedAmount,
                       int possible, String possibleAmount, int appraisal, int negotiation, int committee, int other) {
    }

    /** A village's bar: quoted and signed, as a share of the largest village's quoted maximum. */
    public record Bar(String village, String quoted, String signed, int quotedPercent, int signedPercent) {
    }

    public record DeadlineLine(String code, String headName, String phone, String village, String group, String state, String start, String full,
                               String daysToFull, String reduced, String daysToReduced, String reachable,
                               boolean urgent) {
    }

    private final CaseloadService caseload;
    private final SecurityIdentity identity;

    public CaseloadPage(CaseloadService caseload, SecurityIdentity identity) {
        this.caseload = caseload;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "片区进度 (page)", hidden = true)
    public TemplateInstance page(@QueryParam("village") String village, @QueryParam("group") String group,
                                 @QueryParam("state") String state, @QueryParam("asOf") String asOf) {
        List<String> errors = new ArrayList<>();
        HouseholdState st = null;
        LocalDate day = LocalDate.now();
        try {
            st = Params.constant("state", state, HouseholdState.class);
        } catch (ProblemException e) {
            errors.add("状态不正确,已忽略。");
        }
        try {
            LocalDate d = Params.date("asOf", asOf);
            day = d == null ? day : d;
        } catch (ProblemException e) {
            errors.add("日期须为 yyyy-MM-dd,已按今日计算。");
        }
        String v = Params.blank(village), g = Params.blank(group);
        CaseloadRepository.Filter f = new CaseloadRepository.Filter(v, g, st);
        CaseloadViews.Dashboard d = caseload.dashboard(f, day);
        List<Line> lines = new ArrayList<>();
        lines.add(line("total", "合计", "", d.total()));
        for (CaseloadViews.Village vv : d.villages()) {
            lines.add(line("village", vv.village(), "", vv.summary()));
            for (CaseloadViews.Group gg : vv.groups()) {
                lines.add(line("group", vv.village(), gg.group(), gg.summary()));
            }
        }
        BigDecimal top = d.villages().stream().map(x -> x.summary().quoted().max()).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        List<Bar> bars = d.villages().stream().map(x -> new Bar(x.village(),
                MoneyFormat.wan(x.summary().quoted().max()), MoneyFormat.wan(x.summary().signed().max()),
                percent(x.summary().quoted().max(), top), percent(x.summary().signed().max(), top))).toList();
        List<DeadlineLine> deadlines = caseload.deadlines(f, day, Caller.of(identity), CaseloadService.PAGE_CASELOAD)
                .stream().map(x -> new DeadlineLine(x.code(), nz(x.headName()), nz(x.phone()), x.village(), x.group() == null ? "" : x.group(), x.stateLabel(), str(x.startDate()),
                str(x.fullDeadline()), days(x.daysToFull()), str(x.reducedDeadline()), days(x.daysToReduced()),
                MoneyFormat.grouped(x.reachableNow()),
                x.daysToFull() != null && x.daysToFull() >= 0 && x.daysToFull() <= 7
                        || x.daysToReduced() != null && x.daysToReduced() >= 0 && x.daysToReduced() <= 7)).toList();
        List<StateOption> states = new ArrayList<>();
        for (HouseholdState s : HouseholdState.values()) {
            states.add(new StateOption(s.name(), s.label(), s == st));
        }
        String query = "asOf=" + day + (v == null ? "" : "&village=" + enc(v)) + (g == null ? "" : "&group=" + enc(g))
                + (st == null ? "" : "&state=" + st.name());
        return Templates.dashboard(new View(day.toString(), v == null ? "" : v, g == null ? "" : g,
                st == null ? "" : st.name(), states, lines, bars, deadlines, errors, "/api/v1/caseload/export?" + query));
    }

    private static Line line(String kind, String village, String group, CaseloadViews.Summary s) {
        StringBuilder states = new StringBuilder();
        for (CaseloadViews.StateCount c : s.byState()) {
            states.append(states.isEmpty() ? "" : ",").append(c.label()).append(' ').append(c.households());
        }
        return new Line(kind, village, group, s.households(), states.toString(), s.quoted().households(),
                MoneyFormat.grouped(s.quoted().min(), s.quoted().max()), s.signed().households(),
                MoneyFormat.grouped(s.signed().min(), s.signed().max()), s.paid().households(),
                MoneyFormat.grouped(s.paid().max()), MoneyFormat.grouped(s.outstanding().min(), s.outstanding().max()),
                s.decided().households(),
                MoneyFormat.grouped(s.decided().max()), s.possible().households(),
                MoneyFormat.grouped(s.possible().min(), s.possible().max()), s.awaiting().appraisal(),
                s.awaiting().negotiation(), s.awaiting().committee(), s.awaiting().other());
    }

    private static int percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP)
                .intValue();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String str(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String days(Long n) {
        return n == null ? "" : n < 0 ? "已过 " + (-n) + " 日" : n == 0 ? "今日截止" : "余 " + n + " 日";
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
