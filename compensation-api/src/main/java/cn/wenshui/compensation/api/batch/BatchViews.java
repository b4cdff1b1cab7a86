package cn.wenshui.compensation.api.batch;

import static cn.wenshui.compensation.money.MoneyFormat.grouped;

import cn.wenshui.compensation.api.batch.BatchResult.QuoteSummary;
import cn.wenshui.compensation.api.batch.BatchResult.QuotedHousehold;
import cn.wenshui.compensation.api.batch.BatchResult.SectionTotal;
import cn.wenshui.compensation.api.batch.BatchResult.SkippedHousehold;
import cn.wenshui.compensation.quote.Incentive;
import io.quarkus.qute.RawString;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the batch endpoints answer: the JSON of a batch, and the models of the three pages. */
public final class BatchViews {
    static final int PAGE_ROWS = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private BatchViews() {
    }

    // ---- JSON ------------------------------------------------------------------------------------------------

    /** POST /batch and GET /batch/{id} (JSON): the batch without the full quotes (those are in results.xlsx). */
    public record BatchView(String batchId, Instant createdAt, String fileName, String scheduleId,
                            int scheduleVersion, String engineVersion, BatchResult.Totals totals,
                            List<HouseholdView> households, List<SkippedHousehold> skipped, List<BatchError> errors,
                            Links links, Timings timings, List<Superseded> superseded) {
    }

    /** A household's entry that this upload superseded ({@code entryId}) with the entry now current. */
    public record Superseded(String householdId, long entryId, long supersededBy) {
    }

    public record HouseholdView(String id, int row, String headOfHousehold, String village, BigDecimal totalMin,
                                BigDecimal totalMax, boolean summedLinesExact, int lines, int pendingItems,
                                BigDecimal incentive, Long ledgerEntryId, Long supersededEntryId) {
    }

    public record Links(String self, String results, String summary) {
    }

    public record Timings(long parseMillis, long quoteMillis) {
    }

    static Links links(String id) {
        return new Links("/batch/" + id, "/batch/" + id + "/results.xlsx", "/batch/summary?batch=" + id);
    }

    public static BatchView view(BatchResult b) {
        List<HouseholdView> households = b.quoted().stream().map(h -> {
            QuoteSummary q = h.quote();
            Incentive inc = q.incentive();
            return new HouseholdView(h.id(), h.row(), q.headOfHousehold(), q.village(), q.totalMin(), q.totalMax(),
                    q.summedLinesExact(), q.lines(), q.pending(), inc == null ? null : inc.amount(),
                    h.ledgerEntryId(), h.supersededEntryId());
        }).toList();
        return new BatchView(b.batchId(), b.createdAt(), b.fileName(), b.scheduleId(), b.scheduleVersion(),
                b.engineVersion(), b.totals(), households, b.skipped(), b.errors(), links(b.batchId()),
                new Timings(b.parseMillis(), b.quoteMillis()), superseded(b));
    }

    static List<Superseded> superseded(BatchResult b) {
        return b.quoted().stream().filter(h -> h.supersededEntryId() != null && h.ledgerEntryId() != null)
                .map(h -> new Superseded(h.id(), h.supersededEntryId(), h.ledgerEntryId())).toList();
    }

    // ---- formatting ------------------------------------------------------------------------------------------

    static String time(Instant t) {
        return TIME.format(t);
    }

    static String bytes(long n) {
        if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
            return (n / (1024 * 1024)) + " MB";
        }
        if (n >= 1024 * 1024) {
            return new BigDecimal(n).divide(new BigDecimal(1024 * 1024), 1, RoundingMode.DOWN).toPlainString() + " MB";
        }
        return (n / 1024) + " KB";
    }

    // ---- pages -----------------------------------------------------------------------------------------------

    public record RecentBatch(String id, String createdAt, String fileName, int households, int quoted, int skipped,
                              String total) {
    }

    public record IndexPage(String message, boolean error, List<RecentBatch> recent, String uploadLimit,
                            String documentNumber, int scheduleVersion, int maxHouseholds, int maxItemRows,
                            long queueWaitSeconds) {
    }

    public record SectionRow(String section, String title, String min, String max, String range, int households) {
    }

    public record ErrorRow(String location, String sheet, String row, String column, String header,
                           String householdId, boolean error, String messageZh, String messageEn, String rule) {
    }

    public record HouseholdRow(String id, int row, String head, String village, String total, int pending,
                               String incentive, Long ledgerId, Long supersededId) {
    }

    public record ResultPage(String batchId, String fileName, String createdAt, String schedule, int households,
                             int quoted, int skipped, int errors, int warnings, String total,
                             List<SectionRow> sections, List<ErrorRow> errorRows, int errorRowsTotal,
                             List<HouseholdRow> householdRows, int householdRowsTotal, boolean persisted,
                             String timings, Links links, int supersededCount) {
    }

    public record SummaryPage(boolean empty, String batchId, String fileName, String createdAt, int households,
                              int quoted, int skipped, int errors, String totalMin, String totalMax, String total,
                              int exactHouseholds, int pendingItems, String mainHouseSwap, String homesteadSwap,
                              List<SectionRow> sections, RawString histogram, RawString sectionChart,
                              List<RecentBatch> recent, Links links) {
    }

    static RecentBatch recent(BatchResult b) {
        return new RecentBatch(b.batchId(), time(b.createdAt()), b.fileName(), b.totals().households(),
                b.totals().quotedHouseholds(), b.totals().skippedHouseholds(),
                grouped(b.totals().totalMin(), b.totals().totalMax()));
    }

    static List<SectionRow> sections(BatchResult b) {
        return b.totals().sections().stream().map(s -> new SectionRow(s.section(), s.title(), grouped(s.min()),
                grouped(s.max()), grouped(s.min(), s.max()), s.households())).toList();
    }

    static ResultPage resultPage(BatchResult b) {
        BatchResult.Totals t = b.totals();
        List<ErrorRow> errors = b.errors().stream().limit(PAGE_ROWS).map(e -> new ErrorRow(e.location(), e.sheet(),
                e.row() == null ? "" : String.valueOf(e.row()), e.column() == null ? "" : e.column(),
                e.header() == null ? "" : e.header(), e.householdId() == null ? "" : e.householdId(), e.isError(),
                e.messageZh(), e.messageEn(), e.rule())).toList();
        List<HouseholdRow> households = b.quoted().stream().limit(PAGE_ROWS).map(h -> householdRow(b, h)).toList();
        boolean persisted = b.quoted().stream().anyMatch(h -> h.ledgerEntryId() != null);
        return new ResultPage(b.batchId(), b.fileName(), time(b.createdAt()),
                b.scheduleId() + " 第" + b.scheduleVersion() + "版", t.households(), t.quotedHouseholds(),
                t.skippedHouseholds(), t.errors(), t.warnings(), grouped(t.totalMin(), t.totalMax()), sections(b),
                errors, b.errors().size(), households, b.quoted().size(), persisted,
                "读取 " + b.parseMillis() + " ms,报价 " + b.quoteMillis() + " ms", links(b.batchId()),
                superseded(b).size());
    }

    private static HouseholdRow householdRow(BatchResult b, QuotedHousehold h) {
        QuoteSummary q = h.quote();
        Incentive inc = q.incentive();
        String incentive = inc == null ? "" : inc.amount() != null ? grouped(inc.amount())
                : ResultsWorkbook.incentiveText(inc, b.engine().schedule());
        return new HouseholdRow(h.id(), h.row(), q.headOfHousehold() == null ? "" : q.headOfHousehold(),
                q.village() == null ? "" : q.village(), grouped(q.totalMin(), q.totalMax()), q.pending(),
                incentive, h.ledgerEntryId(), h.supersededEntryId());
    }

    static SummaryPage summaryPage(BatchResult b, List<BatchResult> recent) {
        List<RecentBatch> others = recent.stream().filter(r -> b == null || !r.batchId().equals(b.batchId()))
                .map(BatchViews::recent).toList();
        if (b == null) {
            return new SummaryPage(true, null, null, null, 0, 0, 0, 0, "", "", "", 0, 0, "", "", List.of(),
                    new RawString(""), new RawString(""), others, null);
        }
        BatchResult.Totals t = b.totals();
        List<BigDecimal> totals = b.quoted().stream().map(h -> h.quote().totalMax()).toList();
        String histogram = SummaryChart.histogram(totals, "每户补偿合计分布(按合计最高额,共 " + totals.size() + " 户)");
        List<SectionTotal> sections = t.sections();
        String sectionChart = SummaryChart.sections(sections, "各条款补偿合计(最低至最高)");
        return new SummaryPage(false, b.batchId(), b.fileName(), time(b.createdAt()), t.households(),
                t.quotedHouseholds(), t.skippedHouseholds(), t.errors(), grouped(t.totalMin()), grouped(t.totalMax()),
                grouped(t.totalMin(), t.totalMax()), t.exactHouseholds(), t.pendingItems(), grouped(t.mainHouseSwapM2()),
                grouped(t.homesteadSwapM2()), sections(b), new RawString(histogram), new RawString(sectionChart), others,
                links(b.batchId()));
    }
}
