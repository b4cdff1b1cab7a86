package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;

/**
 * A line's unit price from the price its row prints, by the kind of price ({@link Price}): one class each. A row
 * printed without a price takes the merged row's first ({@link MergedRowPrice}, I-14).
 */
final class LinePricing {
    private final MergedRowPrice merged;
    private final TierPrice tiers;
    private final SharePrice shares;
    private final ExcessDepthPrice excess;

    LinePricing(Schedule schedule, Readings readings) {
        merged = new MergedRowPrice(schedule, readings);
        tiers = new TierPrice(readings);
        shares = new SharePrice(schedule);
        excess = new ExcessDepthPrice(readings);
    }

    /** Sets the line's unit price (or its pending reason); false when the line is invalid (reported). */
    boolean price(ScheduleItem item, ItemInput in, String path, LineWork e, QuoteWork w) {
        ScheduleItem priced = merged.pricedBy(item, e);
        if (priced == null) {
            return true; // to appraisal: e.pending says why
        }
        boolean ownPrice = priced == item;
        Price price = priced.price();
        if (price instanceof Price.Fixed f) {
            PrintedPrice.fixed(f, ownPrice, e);
        } else if (price instanceof Price.Range r) {
            PrintedPrice.range(r, ownPrice, e);
        } else if (price instanceof Price.Tiered t) {
            return tiers.price(item, t, in, path, e, w);
        } else if (price instanceof Price.Staged s) {
            return StagedPrice.price(item, s, in, path, e, w);
        } else if (price instanceof Price.Share s) {
            return shares.price(item, s, in, path, e, w);
        } else if (price instanceof Price.Excess x) {
            excess.price(x, in.quantity(), e);
        } else {
            throw new IllegalStateException("row " + item.code() + " has no money price");
        }
        return true;
    }
}
