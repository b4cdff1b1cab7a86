package cn.wenshui.compensation.bench;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.household.LivestockPremises;
import cn.wenshui.compensation.household.MainHouse;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Adjustment;
import cn.wenshui.compensation.schedule.Interval;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import cn.wenshui.compensation.schedule.Unit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The households the benchmarks quote, built from the schedule itself so they follow it when rows change:
 * <ul>
 *   <li>{@link #variants()}: valid inventory lines for every row that can be listed, each price model in each of
 *   its forms (fixed; range without and with an appraised price, and overridden; one line per tier of every tier
 *   table; every growth stage; shares of a linked house; 机井 within and beyond 200 m; pro-rata height, column height
 *   and decoration surcharges; rows that share a merged price cell; pending and not-compensated rows);</li>
 *   <li>{@link #typical()}: 60 lines with at least one of each kind, plus subsidies, area swaps, two livestock
 *   premises and a decided incentive;</li>
 *   <li>{@link #worstCase()}: 1,000 lines cycling through every variant (so every row, several times), 20
 *   premises;</li>
 *   <li>{@link #batch(int, long)}: households of 5–60 random lines with random facts, seeded.</li>
 * </ul>
 * Every variant is checked by quoting it alone; one that the engine refuses is dropped and listed in
 * {@link #dropped()} (the bench module's test requires that list to be empty).
 */
public final class Workloads {
    public static final int TYPICAL_LINES = 60;
    public static final int WORST_LINES = 1000;

    /** One inventory line and the kind of price rule it exercises. */
    public record Variant(String kind, ItemInput input) {
    }

    private final Schedule schedule;
    private final QuoteEngine engine;
    private final List<Variant> variants = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();

    public Workloads() {
        this(ScheduleLoader.loadDefault(), Readings.defaults());
    }

    public Workloads(Schedule schedule, Readings readings) {
        this.schedule = schedule;
        this.engine = new QuoteEngine(schedule, readings);
        for (ScheduleItem item : schedule.items()) {
            for (Variant v : variantsOf(item)) {
                String problem = check(v.input());
                if (problem == null) {
                    variants.add(v);
                } else {
                    dropped.add(item.code() + " [" + v.kind() + "]: " + problem);
                }
            }
        }
    }

    public QuoteEngine engine() {
        return engine;
    }

    public List<Variant> variants() {
        return List.copyOf(variants);
    }

    public List<String> dropped() {
        return List.copyOf(dropped);
    }

    // ---- households -----------------------------------------------------------------------------------------

    public Household typical() {
        Set<String> kinds = new LinkedHashSet<>();
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            if (kinds.add(variants.get(i).kind())) {
                chosen.add(i);
            }
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            if (!chosen.contains(i)) {
                rest.add(i);
            }
        }
        int missing = TYPICAL_LINES - chosen.size();
        for (int k = 0; k < missing && !rest.isEmpty(); k++) {
            chosen.add(rest.get((int) ((long) k * rest.size() / missing)));
        }
        chosen.sort(null);
        List<ItemInput> items = new ArrayList<>();
        for (int i : chosen) {
            items.add(variants.get(i).input());
        }
        return new Household("BENCH-TYPICAL", "王五", "堡子村", true, true, new BigDecimal("186"),
                new MainHouse(new BigDecimal("120.5"), new BigDecimal("110"), new BigDecimal("300")), items,
                List.of(new LivestockPremises("羊圈", "羊圈", new BigDecimal("25")),
                        new LivestockPremises("鸡舍", "鸡舍", new BigDecimal("60"))),
                new Dates(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 8), LocalDate.of(2023, 10, 1)));
    }

    /** The README's worked example: 附属平房 砖混 50 m², 核桃树 胸径 12 cm × 3, 31 m², moved out on day 30. */
    public Household readme() {
        return new Household("BZ-001", "张三", "堡子村", false, false, new BigDecimal("31"), null,
                List.of(ItemInput.of("1-1.annex.brick-concrete", "50"),
                        ItemInput.of("2-1.fruit.walnut", "3").withMeasurement("trunkDiameterCm", "12")),
                List.of(), new Dates(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 5), LocalDate.of(2023, 8, 4)));
    }

    public Household worstCase() {
        List<ItemInput> items = new ArrayList<>(WORST_LINES);
        Set<String> once = new HashSet<>();
        for (int i = 0; items.size() < WORST_LINES; i++) {
            Variant v = variants.get(i % variants.size());
            if (!oncePerHousehold(v) || once.add(v.input().code())) {
                items.add(v.input());
            }
        }
        List<LivestockPremises> premises = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            premises.add(new LivestockPremises("处" + (i + 1), "养殖场所" + (i + 1), BigDecimal.valueOf(10 + 15L * i)));
        }
        return new Household("BENCH-WORST", "王五", "堡子村", true, true, new BigDecimal("980.5"),
                new MainHouse(new BigDecimal("320.25"), new BigDecimal("300"), new BigDecimal("900")), items,
                premises, new Dates(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 8), LocalDate.of(2023, 10, 20)));
    }

    /** {@code n} households of 5–60 random lines with random facts; the same seed gives the same batch. */
    public List<Household> batch(int n, long seed) {
        Random r = new Random(seed);
        List<Household> out = new ArrayList<>(n);
        LocalDate base = LocalDate.of(2023, 6, 1);
        for (int h = 0; h < n; h++) {
            int lines = 5 + r.nextInt(56);
            List<ItemInput> items = new ArrayList<>(lines);
            Set<String> once = new HashSet<>();
            for (int i = 0; i < lines; i++) {
                Variant v = variants.get(r.nextInt(variants.size()));
                if (!oncePerHousehold(v) || once.add(v.input().code())) {
                    items.add(v.input());
                }
            }
            boolean sole = r.nextInt(4) == 0;
            BigDecimal area = r.nextInt(10) == 0 ? null : BigDecimal.valueOf(20 + r.nextInt(400)).add(
                    r.nextBoolean() ? new BigDecimal("0.5") : BigDecimal.ZERO);
            MainHouse main = r.nextInt(10) < 7 ? new MainHouse(BigDecimal.valueOf(60 + r.nextInt(120)),
                    BigDecimal.valueOf(60 + r.nextInt(60)), BigDecimal.valueOf(120 + r.nextInt(300))) : null;
            List<LivestockPremises> premises = new ArrayList<>();
            for (int p = r.nextInt(3); p > 0; p--) {
                premises.add(new LivestockPremises(null, "圈" + p, BigDecimal.valueOf(5 + r.nextInt(200))));
            }
            Dates dates = null;
            if (r.nextInt(10) < 8) {
                LocalDate signed = base.plusDays(r.nextInt(120));
                LocalDate paid = signed.plusDays(r.nextInt(15));
                dates = new Dates(signed, paid, r.nextBoolean() ? paid.plusDays(r.nextInt(60)) : null);
            }
            out.add(new Household("B-" + h, "户主" + h, r.nextBoolean() ? "堡子村" : "北张村", sole,
                    sole && r.nextBoolean(), area, main, items, premises, dates));
        }
        return out;
    }

    // ---- variants of one row ----------------------------------------------------------------------------------

    private static final Set<String> COMPUTED = Set.of("3-1.moving-subsidy", "3-2.settlement", "3-3.incentive",
            "1-3.moving-subsidy", "1-3.settlement");

    private List<Variant> variantsOf(ScheduleItem item) {
        List<Variant> out = new ArrayList<>();
        if (COMPUTED.contains(item.code()) || item.mode() == Mode.AREA_SWAP) {
            return out;
        }
        Unit unit = schedule.unit(item.unit()).orElseThrow();
        String qty = unit.oncePerHousehold() ? "1" : unit.counted() ? "3" : "12.5";
        if (item.mode().isPending()) {
            out.add(new Variant("pending", ItemInput.of(item.code(), qty)));
            return out;
        }
        if (item.mode() == Mode.NOT_COMPENSATED) {
            out.add(new Variant("not-compensated", ItemInput.of(item.code(), qty)));
            return out;
        }
        if (item.sharesPriceOf() != null) {
            out.add(new Variant("shared-price-cell", withRequired(item, ItemInput.of(item.code(), qty))));
            return out;
        }
        Price price = item.price();
        ItemInput base = ItemInput.of(item.code(), qty);
        if (price instanceof Price.Fixed) {
            out.add(new Variant("fixed", withRequired(item, base)));
        } else if (price instanceof Price.Range r) {
            out.add(new Variant("range", withRequired(item, base)));
            out.add(new Variant("range-appraised", withRequired(item,
                    base.withAppraisal(mid(r.min(), r.max()).toPlainString(), null))));
            if ("一(一)".equals(item.section())) {
                out.add(new Variant("range-overridden", withRequired(item, base.withAppraisal(
                        r.max().multiply(new BigDecimal("1.15")).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        "评估报告第3页:装修标准高于一般"))));
            }
        } else if (price instanceof Price.Tiered t) {
            for (ResolvedTier rt : engine.resolvedTiers(item.code())) {
                BigDecimal v = inside(rt.bounds(), t.measure().max());
                if (v == null) {
                    continue;
                }
                ItemInput in = base.withMeasurement(t.measure().key(), v.toPlainString());
                out.add(new Variant("tiers:" + t.measure().key(), withRequired(item, in)));
                if (rt.tier().min() != null && !rt.tier().perMeasure()) {
                    out.add(new Variant("tiers-appraised", withRequired(item,
                            in.withAppraisal(mid(rt.tier().min(), rt.tier().max()).toPlainString(), null))));
                }
            }
        } else if (price instanceof Price.Staged s) {
            for (Price.Staged.Stage st : s.stages()) {
                out.add(new Variant("staged", withRequired(item, base.withStage(st.stage()))));
            }
        } else if (price instanceof Price.Share s) {
            ScheduleItem house = linkable(s);
            if (house != null) {
                out.add(new Variant("share", withRequired(item, base.withLink(house.code(), null))));
                BigDecimal p = house.price() instanceof Price.Fixed f ? f.amount()
                        : mid(((Price.Range) house.price()).min(), ((Price.Range) house.price()).max());
                out.add(new Variant("share-appraised", withRequired(item,
                        base.withLink(house.code(), p.toPlainString()))));
            }
        } else if (price instanceof Price.Excess x) {
            out.add(new Variant("excess-within", withRequired(item,
                    ItemInput.of(item.code(), x.threshold().multiply(new BigDecimal("0.75")).toPlainString()))));
            out.add(new Variant("excess-beyond", withRequired(item,
                    ItemInput.of(item.code(), x.threshold().add(new BigDecimal("60")).toPlainString()))));
        }
        // the side rules of a remark: a second line that takes the other branch of each
        for (Adjustment a : item.adjustments()) {
            ItemInput first = out.isEmpty() ? withRequired(item, base) : out.get(0).input();
            if (a instanceof Adjustment.ProRataHeight p) {
                out.add(new Variant("pro-rata-height", first.withMeasurement(p.measure().key(),
                        p.fullAt().multiply(new BigDecimal("0.6")).toPlainString())));
            } else if (a instanceof Adjustment.ColumnHeight c) {
                out.add(new Variant("column-height", first.withMeasurement("columnHeightM",
                        c.above().add(new BigDecimal("0.35")).toPlainString())));
            } else if (a instanceof Adjustment.Surcharge s) {
                out.add(new Variant("surcharge", first.withDecoration(mid(s.minPercent(), s.maxPercent())
                        .toPlainString())));
                out.add(new Variant("surcharge-undecided", first.withDecoration(null)));
            } else if (a instanceof Adjustment.TimberIncrement) {
                for (Variant v : List.copyOf(out)) {
                    if (v.kind().startsWith("tiers:")) {
                        out.add(new Variant("timber-increment", v.input().withMeasurement("trunkDiameterCm", "31.5")));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A row paid per household (元/户) stands on one line of a household at most. */
    private boolean oncePerHousehold(Variant v) {
        return schedule.item(v.input().code()).flatMap(i -> schedule.unit(i.unit())).map(Unit::oncePerHousehold)
                .orElse(false);
    }

    /** Adds the measurements a row's side rules require (full height, a column at or under the threshold). */
    private static ItemInput withRequired(ScheduleItem item, ItemInput in) {
        ItemInput out = in;
        for (Adjustment a : item.adjustments()) {
            if (a instanceof Adjustment.ProRataHeight p && !out.measurements().containsKey(p.measure().key())) {
                out = out.withMeasurement(p.measure().key(), p.fullAt().add(BigDecimal.ONE).toPlainString());
            } else if (a instanceof Adjustment.ColumnHeight c && !out.measurements().containsKey("columnHeightM")) {
                out = out.withMeasurement("columnHeightM", c.above().toPlainString());
            }
        }
        return out;
    }

    private ScheduleItem linkable(Price.Share s) {
        for (ScheduleItem i : schedule.items()) {
            if (i.mode() == Mode.MONEY && "m²".equals(i.unit()) && i.sharesPriceOf() == null
                    && (i.price() instanceof Price.Fixed || i.price() instanceof Price.Range)
                    && s.linkable().stream().anyMatch(c -> Schedule.squash(c).equals(Schedule.squash(i.category())))) {
                return i;
            }
        }
        return null;
    }

    /** A value inside the tier's resolved bounds, with at most 4 decimals and within the measure's bound. */
    private static BigDecimal inside(Interval b, BigDecimal max) {
        List<BigDecimal> candidates = new ArrayList<>();
        if (b.lower() != null && b.upper() != null) {
            candidates.add(mid(b.lower(), b.upper()));
        }
        if (b.lower() == null && b.upper() != null) {
            candidates.add(b.upper());
            candidates.add(b.upper().divide(new BigDecimal("2")));
        }
        if (b.upper() == null && b.lower() != null) {
            candidates.add(b.lower().add(new BigDecimal("3")));
        }
        if (b.lower() != null) {
            candidates.add(b.lower());
        }
        for (BigDecimal c : candidates) {
            BigDecimal v = c.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
            if (v.scale() < 0) {
                v = v.setScale(0);
            }
            if (v.signum() > 0 && v.compareTo(max) <= 0 && b.contains(v)) {
                return v;
            }
        }
        return null;
    }

    private static BigDecimal mid(BigDecimal a, BigDecimal b) {
        BigDecimal m = a.add(b).divide(new BigDecimal("2"), 4, RoundingMode.HALF_UP).stripTrailingZeros();
        return m.scale() < 0 ? m.setScale(0) : m;
    }

    private String check(ItemInput in) {
        try {
            engine.quote(new Household("CHECK", null, null, false, false, null, null, List.of(in), List.of(), null));
            return null;
        } catch (InvalidInventoryException e) {
            return e.violations().toString();
        }
    }

    // ---- JSON as the API takes it -------------------------------------------------------------------------------

    /** The household as a request body of POST /api/v1/quotes (fields the API reads, nulls left out). */
    public static Map<String, Object> toJson(Household h) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", h.id());
        put(m, "headOfHousehold", h.headOfHousehold());
        put(m, "village", h.village());
        put(m, "soleDwelling", h.soleDwelling());
        put(m, "hardshipExtensionApproved", h.hardshipExtensionApproved());
        put(m, "demolishedBuildingAreaM2", h.demolishedBuildingAreaM2());
        if (h.mainHouse() != null) {
            Map<String, Object> mh = new LinkedHashMap<>();
            put(mh, "measuredAreaM2", h.mainHouse().measuredAreaM2());
            put(mh, "footprintM2", h.mainHouse().footprintM2());
            put(mh, "homesteadCertificateAreaM2", h.mainHouse().homesteadCertificateAreaM2());
            m.put("mainHouse", mh);
        }
        List<Object> items = new ArrayList<>();
        for (ItemInput in : h.items()) {
            Map<String, Object> i = new LinkedHashMap<>();
            put(i, "ref", in.ref());
            put(i, "code", in.code());
            put(i, "quantity", in.quantity());
            if (!in.measurements().isEmpty()) {
                i.put("measurements", in.measurements());
            }
            put(i, "growthStage", in.growthStage());
            put(i, "appraisedUnitPrice", in.appraisedUnitPrice());
            put(i, "overrideReason", in.overrideReason());
            put(i, "linkedCode", in.linkedCode());
            put(i, "linkedUnitPrice", in.linkedUnitPrice());
            put(i, "decorated", in.decorated());
            put(i, "surchargePercent", in.surchargePercent());
            put(i, "note", in.note());
            items.add(i);
        }
        m.put("items", items);
        List<Object> premises = new ArrayList<>();
        for (LivestockPremises p : h.livestockPremises()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            put(pm, "ref", p.ref());
            put(pm, "name", p.name());
            put(pm, "areaM2", p.areaM2());
            premises.add(pm);
        }
        if (!premises.isEmpty()) {
            m.put("livestockPremises", premises);
        }
        if (h.dates() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            put(d, "agreementSigned", h.dates().agreementSigned() == null ? null : h.dates().agreementSigned().toString());
            put(d, "compensationPaid", h.dates().compensationPaid() == null ? null : h.dates().compensationPaid().toString());
            put(d, "movedOut", h.dates().movedOut() == null ? null : h.dates().movedOut().toString());
            m.put("dates", d);
        }
        return m;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    /**
     * Writes a household as the JSON body the HTTP load test posts: {@code typical} (default), {@code worst} or
     * {@code readme}. Used to (re)generate {@code compensation-bench/households/*.json}.
     */
    public static void main(String[] args) throws Exception {
        Workloads w = new Workloads();
        String which = args.length == 0 ? "typical" : args[0];
        Household h = switch (which) {
            case "typical" -> w.typical();
            case "worst" -> w.worstCase();
            default -> throw new IllegalArgumentException("typical or worst");
        };
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        System.out.println(m.writeValueAsString(toJson(h)));
    }
}
