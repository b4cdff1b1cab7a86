package cn.wenshui.compensation.api.schedule;

import cn.wenshui.compensation.api.engine.EngineRegistry;
import cn.wenshui.compensation.api.problem.ProblemException;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.schedule.Adjustment;
import cn.wenshui.compensation.schedule.ComputedFrom;
import cn.wenshui.compensation.schedule.Interpretation;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Section;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schedule", description = "The regulation's schedule as data: rows as printed, price models, readings")
public class ScheduleResource {
    private final EngineRegistry registry;
    private final ScheduleSearches searches;

    private static final String VERSION = "the schedule version (GET /api/v1/schedules); default: the one in force today";

    public ScheduleResource(EngineRegistry registry, ScheduleSearches searches) {
        this.registry = registry;
        this.searches = searches;
    }

    /**
     * One version: {@code validFrom}–{@code validUntil} the days it is in force (validUntil null: open-ended; I-53),
     * {@code current}: new quotes use it now; {@code fixture}: made up for tests, not the regulation.
     */
    public record ScheduleSummary(String id, int version, String title, String documentNumber, String issuer,
                                  LocalDate issued, LocalDate validFrom, LocalDate validUntil, boolean current,
                                  boolean fixture, String source, int itemCount, int interpretationCount,
                                  Map<String, String> readings) {
    }

    /** A row as printed, with its price model, the tiers as applied under the readings, and what input it needs. */
    public record ItemView(String code, String section, String clause, String category, String spec, String printed,
                           String remarks, String unit, Mode mode, String modeZh, Price price,
                           List<AppliedTier> appliedTiers, List<Adjustment> adjustments, String sharesPriceOf,
                           Integer months, ComputedFrom computedFrom, List<String> needs,
                           List<String> interpretations, String comment) {
    }

    /**
     * The facts of the regulation a page or form states, as the schedule file holds them, so that no page or script
     * copies them: the sections, the rows the engine computes from the household facts (and from which), the
     * incentive's rewards, the sections whose rows take an appraised price beyond the range (I-23) and the hints
     * beside inputs.
     */
    public record Facts(String scheduleId, int version, List<Section> sections, List<ComputedRow> computed,
                        IncentiveFacts incentive, List<String> appraisalOverrideSections,
                        Map<String, String> hints) {
    }

    /** A row computed from a household fact ({@code from}: its field, e.g. demolishedBuildingAreaM2). */
    public record ComputedRow(String code, String section, String category, ComputedFrom from, String fromZh) {
    }

    /** The incentive's row, its section's title and its rewards in printed order. */
    public record IncentiveFacts(String code, String section, String title, List<RewardView> rewards) {
    }

    /** A reward: within {@code withinDays} days, {@code amount} 元 ({@code amountWords}: in 万元, as printed). */
    public record RewardView(BigDecimal withinDays, BigDecimal amount, String amountWords, String words,
                             String printed) {
    }

    public record AppliedTier(String printed, String bounds, String printedBounds) {
    }

    public record ItemPage(String scheduleId, int version, int count, List<ItemView> items) {
    }

    @GET
    @Operation(summary = "List the schedules", description = "Every schedule version loaded (the regulation's and "
            + "any a deployment adds in compensation.schedules.extra) with its document number, issue date, the days "
            + "it is in force, whether new quotes use it now, number of rows and the readings in force.")
    public List<ScheduleSummary> list() {
        Schedule now = registry.latest();
        return registry.schedules().stream().map(s -> new ScheduleSummary(s.id(), s.version(), s.title(),
                s.documentNumber(), s.issuer(), s.issued(), s.validFrom(), registry.versions().validUntil(s),
                s == now, s.fixture(), s.source(), s.items().size(), s.interpretations().size(),
                registry.readings().asMap())).toList();
    }

    @GET
    @Path("/{id}/items")
    @Operation(summary = "The rows of a schedule", description = "Filter by section (e.g. 一(一)), category "
            + "(e.g. 附属平房), mode (money, appraisal …) and free text (q) over the printed names, the everyday "
            + "words kept beside the schedule (院墙, 水井, 猪圈 …; docs/schedule-format.md) and the printed text. With "
            + "q the best match comes first (an exact name, then an exact word, then names starting with or "
            + "containing q, then words, then any printed text); spaces and full-width characters are ignored.")
    public ItemPage items(@PathParam("id") String id,
                          @Parameter(description = "clause, e.g. 一(一)") @QueryParam("section") @Size(max = 20) String section,
                          @Parameter(description = "种类 as printed") @QueryParam("category") @Size(max = 100) String category,
                          @Parameter(description = "money, area-swap, appraisal …") @QueryParam("mode") @Size(max = 30) String mode,
                          @Parameter(description = "free text") @QueryParam("q") @Size(max = 100) String q,
                          @Parameter(description = VERSION) @QueryParam("version") @Positive Integer version) {
        Schedule s = schedule(id, version);
        QuoteEngine engine = engine(s);
        List<ScheduleItem> candidates = q == null ? s.items() : searches.of(s).find(q);
        List<ItemView> items = candidates.stream()
                .filter(i -> section == null || i.section().equals(section.trim()))
                .filter(i -> category == null || Schedule.squash(i.category()).equals(Schedule.squash(category)))
                .filter(i -> mode == null || i.mode().name().replace('_', '-').equalsIgnoreCase(mode.trim()))
                .map(i -> view(i, engine)).toList();
        return new ItemPage(s.id(), s.version(), items.size(), items);
    }

    @GET
    @Path("/{id}/items/{code}")
    @Operation(summary = "One row by code")
    public ItemView item(@PathParam("id") String id, @PathParam("code") String code,
                         @Parameter(description = VERSION) @QueryParam("version") @Positive Integer version) {
        Schedule s = schedule(id, version);
        ScheduleItem i = s.item(code).orElseThrow(() -> ProblemException.notFound("no row with code " + code,
                "没有编码为「" + code + "」的项目"));
        return view(i, engine(s));
    }

    @GET
    @Path("/{id}/facts")
    @Operation(summary = "The facts pages state", description = "Sections in printed order, the rows computed from "
            + "the household facts (not inventory lines), the incentive's rewards and the hints shown beside inputs, "
            + "as the schedule file holds them.")
    public Facts facts(@PathParam("id") String id,
                       @Parameter(description = VERSION) @QueryParam("version") @Positive Integer version) {
        return facts(schedule(id, version));
    }

    public static Facts facts(Schedule s) {
        List<ComputedRow> computed = s.computedRows().stream().map(i -> new ComputedRow(i.code(), i.section(),
                i.category(), i.computedFrom(), i.computedFrom().zh())).toList();
        IncentiveFacts incentive = s.incentive().map(i -> new IncentiveFacts(i.code(), i.section(),
                s.sectionTitle(i.section()).orElse(Schedule.squash(i.category())),
                s.incentiveRewards().stream().map(r -> new RewardView(r.withinDays(), r.amount(), r.amountWords(),
                        r.words(), r.printed())).toList())).orElse(null);
        return new Facts(s.id(), s.version(), s.sections(), computed, incentive, s.appraisalOverrideSections(),
                s.hints());
    }

    @GET
    @Path("/{id}/interpretations")
    @Operation(summary = "Readings of ambiguous clauses", description = "Each entry: the clause, the printed text, "
            + "the options (the first is the default) and a summary; docs/interpretations.md explains each.")
    public List<Interpretation> interpretations(@PathParam("id") String id,
                                                @Parameter(description = VERSION) @QueryParam("version") @Positive Integer version) {
        return schedule(id, version).interpretations();
    }

    /** The version asked for, else the one new quotes use today (I-53): an old quote is re-checked against its own. */
    private Schedule schedule(String id, Integer version) {
        Schedule s = registry.schedule(id).orElseThrow(() -> ProblemException.notFound("no schedule with id " + id,
                "没有编号为「" + id + "」的补偿标准"));
        if (version == null) {
            return s;
        }
        return registry.schedule(id, version).orElseThrow(() -> ProblemException.badField(404, "version",
                "not-found", "补偿标准「" + id + "」没有第" + version + "版(已加载的版本见 GET /api/v1/schedules)",
                "schedule " + id + " has no version " + version + " (the loaded versions: GET /api/v1/schedules)"));
    }

    /** Applied tiers as the configured readings resolve them in that version. */
    private QuoteEngine engine(Schedule s) {
        return registry.current().schedule() == s ? registry.current()
                : registry.engine(s.id(), s.version(), registry.readings().asMap()).orElseThrow();
    }

    static ItemView view(ScheduleItem i, QuoteEngine engine) {
        List<AppliedTier> applied = i.price() instanceof Price.Tiered
                ? engine.resolvedTiers(i.code()).stream().map(r -> new AppliedTier(r.tier().printed(),
                r.bounds().notation(), r.tier().printedBounds().notation())).toList()
                : null;
        return new ItemView(i.code(), i.section(), i.clause(), i.category(), i.spec(), i.printed(), i.remarks(),
                i.unit(), i.mode(), i.mode().zh(), i.price(), applied, i.adjustments(), i.sharesPriceOf(),
                i.months(), i.computedFrom(), i.needs(), i.interpretations(), i.comment());
    }
}
