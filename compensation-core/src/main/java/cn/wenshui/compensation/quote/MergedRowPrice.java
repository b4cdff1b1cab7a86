package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;

/**
 * I-14: rows printed without a price beside a priced one in a merged cell — 一(一) 「月台或院内铺砌 机制砖砌 30-50
 * 元/m²」 over 「混凝土或混凝土砖砌」「毛石砌」「瓷砖砌」, 一(二) 「护坡 土制 80-110 元/m²」 over 「干砌」 … — share
 * the merged price (SHARE_MERGED_PRICE), or go to appraisal (APPRAISAL).
 */
final class MergedRowPrice {
    private final Schedule schedule;
    private final Readings readings;

    MergedRowPrice(Schedule schedule, Readings readings) {
        this.schedule = schedule;
        this.readings = readings;
    }

    /** The row whose printed price {@code item} is paid at: itself, the merged row, or null for appraisal. */
    ScheduleItem pricedBy(ScheduleItem item, LineWork e) {
        if (item.sharesPriceOf() == null) {
            return item;
        }
        e.cite(Cites.I_14_UNPRICED_MERGED_ROWS);
        if (readings.unpricedMergedRows() == Readings.UnpricedMergedRows.APPRAISAL) {
            e.pending = "本行印刷时无价格,按解释I-14转评估";
            return null;
        }
        ScheduleItem sharer = schedule.item(item.sharesPriceOf()).orElseThrow();
        e.add(() -> "本行未印价格,按合并单元格共用「" + sharer.label() + "」的" + sharer.printed() + "(解释I-14)");
        return sharer;
    }
}
