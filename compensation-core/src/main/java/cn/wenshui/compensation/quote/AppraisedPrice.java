package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Texts;
import java.math.BigDecimal;

/**
 * 一(一) 注1 「房屋及附属设施由第三方评估公司参考本《标准》入户进行实地测算,作出评估报告,依最终评估价执行。」
 * (I-23): an appraised unit price inside the printed range is the price. One outside it is taken, with its reason,
 * only on the rows of the section the note stands under (the schedule file marks it {@code appraisalOverrides}).
 */
final class AppraisedPrice {
    private AppraisedPrice() {
    }

    static boolean apply(ScheduleItem item, boolean overridable, ItemInput in, String path, LineWork e, QuoteWork w) {
        BigDecimal p = in.appraisedUnitPrice();
        if (p == null) {
            if (in.overrideReason() != null && !in.overrideReason().isBlank()) {
                w.violation(path + ".overrideReason", "reason-without-price", "填写了评估依据但未填写评估单价",
                        "overrideReason is given without appraisedUnitPrice");
                return false;
            }
            return true;
        }
        if (!InventoryChecks.positive(p, InventoryChecks.MAX_PRICE, path, ".appraisedUnitPrice", "评估单价", w)) {
            return false;
        }
        if (e.price == null || (e.tier != null && e.tier.perMeasure())) {
            w.violation(path + ".appraisedUnitPrice", "no-unit-price", "「" + item.label() + "」不按单价计,不接受评估单价",
                    "this row is not priced per unit and takes no appraisedUnitPrice");
            return false;
        }
        e.cite(Cites.I_23_APPRAISED_PRICE);
        Money printed = e.price;
        if (p.compareTo(printed.min()) >= 0 && p.compareTo(printed.max()) <= 0) {
            e.add(() -> "评估单价" + Texts.number(p) + "元在标准之内");
        } else if (!outside(item, overridable, in, p, printed, path, e, w)) {
            return false;
        }
        e.price = Money.of(p);
        return true;
    }

    /** An appraised price outside the printed range: taken on an 一(一) row with a reason, refused otherwise. */
    private static boolean outside(ScheduleItem item, boolean overridable, ItemInput in, BigDecimal p, Money printed, String path,
                                   LineWork e, QuoteWork w) {
        String range = Texts.number(printed.min()) + "-" + Texts.number(printed.max());
        String rangeEn = Texts.number(printed.min()) + "–" + Texts.number(printed.max());
        if (!overridable) {
            w.violation(path + ".appraisedUnitPrice", "override-not-allowed", "评估单价" + Texts.number(p) + "超出标准"
                            + range + ";依评估价执行(一(一)注1)只适用于房屋及附属设施",
                    "appraisedUnitPrice " + Texts.number(p) + " lies outside " + rangeEn
                            + "; the appraisal override of 一(一) 注1 covers only 一(一) rows");
            return false;
        }
        if (in.overrideReason() == null || in.overrideReason().isBlank()) {
            w.violation(path + ".appraisedUnitPrice", "price-outside-range", "评估单价" + Texts.number(p) + "超出标准"
                            + range + ",须填写评估依据(一(一)注1)",
                    "appraisedUnitPrice " + Texts.number(p) + " lies outside " + rangeEn
                            + "; an overrideReason is required (一(一) 注1)");
            return false;
        }
        e.overridden = true;
        String reason = in.overrideReason().trim();
        e.add(() -> "评估单价" + Texts.number(p) + "元超出标准" + range + ",依最终评估价执行(一(一)注1):" + reason);
        return true;
    }
}
