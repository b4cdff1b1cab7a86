package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Adjustment;
import cn.wenshui.compensation.schedule.Measure;
import cn.wenshui.compensation.schedule.Note;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Texts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The printed remarks and notes that change a line's unit price once its row's price is known, one method each, in
 * the order the engine applies them; and the notes a line only points to.
 */
final class NoteAdjustments {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final Schedule schedule;
    private final Readings readings;

    NoteAdjustments(Schedule schedule, Readings readings) {
        this.schedule = schedule;
        this.readings = readings;
    }

    /** All of them, in order; false when one found the line invalid (reported). */
    boolean apply(ScheduleItem item, ItemInput in, String path, LineWork e, QuoteWork w) {
        timberIncrement(in, e);
        return columnHeight(item, in, path, e, w) && proRataHeight(item, in, path, e, w)
                && decorationSurcharge(item, in, path, e, w);
    }

    /**
     * 二(二) 备注 「杨树、国槐 10 公分以上每年增加 1 公分加 10 元,柳树 20 公分以上每增加 1 公分加 10 元」 (I-06): 10 元
     * per full centimetre beyond the threshold — on top of the top tier (BEYOND_TOP_TIER, the default), within the
     * tiers above the threshold (WITHIN_TIERS), or in place of them from the threshold's tier
     * (LINEAR_FROM_THRESHOLD, {@link TimberLinear}).
     */
    void timberIncrement(ItemInput in, LineWork e) {
        Adjustment.TimberIncrement timber = e.row.timber();
        if (timber == null || e.price == null) {
            return;
        }
        e.cite(Cites.I_06_TIMBER_INCREMENT);
        BigDecimal d = in.measurements().get(Measure.TRUNK_DIAMETER_CM.key());
        if (readings.timberIncrement() == Readings.TimberIncrement.LINEAR_FROM_THRESHOLD) {
            TimberLinear.Price linear = TimberLinear.price(timber, d, e.row.tiers());
            if (linear != null) {
                e.price = Money.of(linear.amount());
                e.add(linear.why());
            }
            return;
        }
        BigDecimal from = readings.timberIncrement() == Readings.TimberIncrement.BEYOND_TOP_TIER
                ? (e.resolved.index() == e.row.tiers().size() - 1 ? e.resolved.bounds().lower() : null)
                : (d.compareTo(timber.above()) > 0 ? timber.above().max(e.resolved.bounds().lower()) : null);
        if (from == null) {
            return;
        }
        BigDecimal cm = d.subtract(from).setScale(0, RoundingMode.FLOOR);
        BigDecimal extra = timber.perCm().multiply(cm);
        e.price = e.price.plus(extra);
        if (cm.signum() > 0) { // under a whole centimetre beyond: nothing added, nothing to say
            e.add(() -> "胸径超过" + Texts.number(from) + "厘米的部分满" + Texts.number(cm) + "厘米,每厘米加"
                    + Texts.yuan(timber.perCm()) + "元,共加" + Texts.yuan(extra) + "元(解释I-06)");
        }
    }

    /**
     * 一(三) 注2 「另杂棚(指大牲畜有顶棚)柱头高≤ 2 米,按 40 元 /m² 计算,柱头高 >2 米每 平方米增加 1 元,以 3 米为限。」
     * (damaged in print, I-08): above 2 m, 1 元/m² more per metre (PER_METRE, the default), per decimetre
     * (PER_DECIMETRE), or once (FLAT_ABOVE_2M), counted up to 3 m.
     */
    boolean columnHeight(ScheduleItem item, ItemInput in, String path, LineWork e, QuoteWork w) {
        Adjustment.ColumnHeight column = e.row.column();
        if (column == null) {
            return true;
        }
        e.cite(Cites.I_08_COLUMN_HEIGHT);
        BigDecimal h = InventoryChecks.measurement(in, Measure.COLUMN_HEIGHT_M, path, item, w);
        if (h == null) {
            return false;
        }
        if (h.compareTo(column.above()) <= 0) {
            e.add(() -> "柱头高" + Texts.number(h) + "米≤" + Texts.number(column.above()) + "米");
            return true;
        }
        BigDecimal over = h.min(column.capAt()).subtract(column.above());
        BigDecimal extra = switch (readings.livestockShedColumnHeight()) {
            case PER_METRE -> column.perStep().multiply(over);
            case PER_DECIMETRE -> column.perStep().multiply(over.movePointRight(1).setScale(0, RoundingMode.FLOOR));
            case FLAT_ABOVE_2M -> column.perStep();
        };
        e.price = e.price.plus(extra);
        e.add(() -> "柱头高" + Texts.number(h) + "米,超过" + Texts.number(column.above()) + "米部分(计至"
                + Texts.number(column.capAt()) + "米)每平方米加" + Texts.number(extra) + "元(解释I-08)");
        return true;
    }

    /**
     * 一(一) 基础 「未竣工砖房基础」 备注 「出地 1m 及以上按该标准执行,不达 1 米按比例折算」 (I-22): below the full
     * height the price is scaled by height / full height.
     */
    boolean proRataHeight(ScheduleItem item, ItemInput in, String path, LineWork e, QuoteWork w) {
        Adjustment.ProRataHeight proRata = e.row.proRata();
        if (proRata == null) {
            return true;
        }
        e.cite(Cites.I_22_PRO_RATA_HEIGHT);
        BigDecimal h = InventoryChecks.measurement(in, proRata.measure(), path, item, w);
        if (h == null) {
            return false;
        }
        if (h.compareTo(proRata.fullAt()) < 0) {
            e.price = e.price.times(h.divide(proRata.fullAt(), MathContext.DECIMAL128));
            e.add(() -> "出地" + Texts.number(h) + "米,不达" + Texts.number(proRata.fullAt()) + "米按比例折算");
        } else {
            e.add(() -> "出地" + Texts.number(h) + "米,达" + Texts.number(proRata.fullAt()) + "米按全额");
        }
        return true;
    }

    /**
     * 一(一) 室外台阶或楼梯 备注 「有装潢的视情况增加 20%-40%费用,全按投影面积计算」 (I-17): printed beside 砖台阶; by
     * default it covers every stair row (ALL_STAIR_ROWS). A decorated line without a percentage is the range
     * +20 % to +40 %.
     */
    boolean decorationSurcharge(ScheduleItem item, ItemInput in, String path, LineWork e, QuoteWork w) {
        Adjustment.Surcharge surcharge = e.row.surcharge();
        if (!Boolean.TRUE.equals(in.decorated()) && in.surchargePercent() == null) {
            return true;
        }
        if (surcharge == null) {
            w.violation(path + ".decorated", "no-surcharge-rule", "「" + item.label() + "」没有装潢加价规定",
                    "this row has no decoration surcharge");
            return false;
        }
        e.cite(Cites.I_17_STAIR_SURCHARGE);
        BigDecimal pct = in.surchargePercent();
        if (pct != null && !withinPrinted(pct, surcharge, path, w)) {
            return false;
        }
        boolean applies = readings.stairSurchargeScope() == Readings.StairSurchargeScope.ALL_STAIR_ROWS
                || (item.remarks() != null && item.remarks().contains("装潢"));
        if (!applies) {
            e.add("按解释I-17,装潢加价只适用于砖台阶,本行不加价");
        } else if (pct != null) {
            e.price = e.price.times(plusPercent(pct));
            e.add(() -> "有装潢,加价" + Texts.number(pct) + "%");
        } else {
            e.price = Money.between(e.price.min().multiply(plusPercent(surcharge.minPercent())),
                    e.price.max().multiply(plusPercent(surcharge.maxPercent())));
            e.add(() -> "有装潢,未定比例,按加价" + Texts.number(surcharge.minPercent()) + "%-"
                    + Texts.number(surcharge.maxPercent()) + "%列区间");
        }
        return true;
    }

    /** The percentage a line gives lies within the printed 20%-40%. */
    private static boolean withinPrinted(BigDecimal pct, Adjustment.Surcharge surcharge, String path, QuoteWork w) {
        if (pct.compareTo(surcharge.minPercent()) >= 0 && pct.compareTo(surcharge.maxPercent()) <= 0) {
            return true;
        }
        w.violation(path + ".surchargePercent", "surcharge-outside-range", "装潢加价比例须在"
                        + Texts.number(surcharge.minPercent()) + "%-" + Texts.number(surcharge.maxPercent()) + "%之间",
                "surchargePercent must lie within " + Texts.number(surcharge.minPercent()) + "–"
                        + Texts.number(surcharge.maxPercent()));
        return false;
    }

    /** 1 + percent / 100. */
    private static BigDecimal plusPercent(BigDecimal percent) {
        return BigDecimal.ONE.add(percent.divide(HUNDRED));
    }

    /**
     * The words a line adds after its amount: I-12's 「/m」 read as m², and each printed remark that stands beside
     * the row without changing its price — 一(一) 机井 「设备补偿另算」 (with the equipment left to appraisal),
     * 家用采暖锅炉 「包含搬迁费和补助费」, 一(三) 注1 「以上补偿价格包含水、暖、电等一切设施在内。」.
     */
    void pointers(ScheduleItem item, String ref, LineWork e, QuoteWork w) {
        if (item.interpretations().contains(Cites.I_12_PER_METRE_UNITS)
                && readings.perMetreUnits() == Readings.PerMetreUnits.AREA) {
            e.add("标准印作「元/m」,按解释I-12以平方米计");
        }
        for (Note n : schedule.notesFor(item.code())) {
            e.add(() -> "另按" + n.clause() + "「" + n.printed() + "」");
            if (n.pending() != null) {
                w.pending.add(new PendingItem(ref, item.code(), item.section(), n.clause(), item.category(),
                        item.spec(), n.pending(), n.pending().zh(), null, null,
                        n.clause() + "「" + n.printed() + "」:" + n.pendingWhat()));
            }
        }
    }
}
