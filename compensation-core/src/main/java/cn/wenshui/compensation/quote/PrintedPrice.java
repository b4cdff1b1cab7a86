package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.schedule.Price;

/**
 * A price printed per unit, one amount or a range: 一(一) 「附属平房 砖木结构(含混合结构) 700 元/m²」, 「砖混结构
 * 700-800 元/m²」, and the like in every table. A range stays a range until an appraised price inside it is given
 * ({@link AppraisedPrice}).
 */
final class PrintedPrice {
    private PrintedPrice() {
    }

    /** The printed price; a row that prints its own price opens its explanation with it. */
    static void fixed(Price.Fixed f, boolean ownPrice, LineWork e) {
        e.price = Money.of(f.amount());
        if (ownPrice) {
            e.add(e.row.basis());
        }
    }

    /** The printed range [min, max]. */
    static void range(Price.Range r, boolean ownPrice, LineWork e) {
        e.price = Money.between(r.min(), r.max());
        if (ownPrice) {
            e.add(e.row.basis());
        }
    }
}
