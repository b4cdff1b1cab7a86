package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Texts;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * A share of a linked row's price, 一(一) 「歇厦、雨搭 按链接房屋单位面积补偿标准的 50%补偿」 (I-18): the line names the
 * per-m² row of the building it is attached to, and may give that building's appraised unit price within its range.
 */
final class SharePrice {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final Schedule schedule;

    SharePrice(Schedule schedule) {
        this.schedule = schedule;
    }

    /** I-18: the codes of the per-m² money rows whose 种类 is one the share names (附属平房, 窑洞 …). */
    static Set<String> linkableRows(Schedule schedule, Price.Share s) {
        Set<String> names = new HashSet<>();
        for (String c : s.linkable()) {
            names.add(Schedule.squash(c));
        }
        Set<String> codes = new HashSet<>();
        for (ScheduleItem linked : schedule.items()) {
            if (linked.mode() == Mode.MONEY && "m²".equals(linked.unit())
                    && (linked.price() instanceof Price.Fixed || linked.price() instanceof Price.Range)
                    && names.contains(Schedule.squash(linked.category()))) {
                codes.add(linked.code());
            }
        }
        return Set.copyOf(codes);
    }

    boolean price(ScheduleItem item, Price.Share s, ItemInput in, String path, LineWork e, QuoteWork w) {
        e.cite(Cites.I_18_LINKED_SHARE);
        ScheduleItem linked = linked(s, in, path, e, w);
        if (linked == null) {
            return false;
        }
        Money linkedPrice = linked.price() instanceof Price.Fixed f ? Money.of(f.amount())
                : Money.between(((Price.Range) linked.price()).min(), ((Price.Range) linked.price()).max());
        if (in.linkedUnitPrice() != null) {
            BigDecimal p = in.linkedUnitPrice();
            if (p.compareTo(linkedPrice.min()) < 0 || p.compareTo(linkedPrice.max()) > 0) {
                w.violation(path + ".linkedUnitPrice", "price-outside-range", "所连接房屋单价须在" + linked.printed()
                        + "之内", "linkedUnitPrice must lie within " + Texts.number(linkedPrice.min()) + "–"
                        + Texts.number(linkedPrice.max()));
                return false;
            }
            linkedPrice = Money.of(p);
        }
        e.price = linkedPrice.times(s.percent().divide(HUNDRED));
        Money shared = linkedPrice;
        e.add(() -> "按" + item.clause() + "「" + item.category() + "」,为所连接「" + linked.label() + "」单价"
                + (shared.isExact() ? Texts.number(shared.min())
                : Texts.number(shared.min()) + "-" + Texts.number(shared.max()))
                + "元/m²的" + Texts.number(s.percent()) + "%");
        return true;
    }

    /** The row the line is linked to; null (reported) when missing or not one the share names. */
    private ScheduleItem linked(Price.Share s, ItemInput in, String path, LineWork e, QuoteWork w) {
        if (in.linkedCode() == null || in.linkedCode().isBlank()) {
            w.violation(path + ".linkedCode", "linked-item-required", "「" + e.row.item().label()
                            + "」须指明所连接房屋的项目编码",
                    "this row needs linkedCode, the row of the house it is attached to");
            return null;
        }
        ScheduleItem linked = schedule.item(in.linkedCode()).orElse(null);
        if (linked == null || !e.row.linkable().contains(linked.code())) {
            w.violation(path + ".linkedCode", "linked-item-not-linkable", "所连接房屋须为"
                    + String.join("、", s.linkable()) + "中按m²计价的一行",
                    "linkedCode must be a per-m² row of " + String.join(", ", s.linkable()));
            return null;
        }
        return linked;
    }
}
