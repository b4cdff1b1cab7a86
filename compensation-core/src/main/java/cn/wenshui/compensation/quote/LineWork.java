package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.money.Money;
import cn.wenshui.compensation.schedule.Tier;
import cn.wenshui.compensation.schedule.TierResolver.ResolvedTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line while its rules price it: the unit price (a {@link Money} range, or null where only a whole amount
 * applies), the parts of its explanation and the readings it cites. The line renders its explanation from it.
 */
final class LineWork extends Reasons {
    final PricedRow row;
    /** The unit price [min, max]; null once an amount replaces it (机井 beyond 200 m, I-07). */
    Money price;
    /** The line's whole amount, unrounded, where no unit price applies. */
    BigDecimal exactAmount;
    /** 一(一) 注1: an appraised price outside the printed range, with its reason. */
    boolean overridden;
    /** Why the line goes to appraisal instead, when a rule says so. */
    String pending;
    /** The tier whose price applies (after I-05), and where the value fell in the resolved table. */
    Tier tier;
    ResolvedTier resolved;
    /** In the order cited; most lines cite nothing beyond their row's standing readings. */
    private final List<String> cites = new ArrayList<>(0);

    LineWork(PricedRow row) {
        this.row = row;
    }

    void cite(String id) {
        if (!cites.contains(id)) {
            cites.add(id);
        }
    }

    void citeAll(List<String> ids) {
        for (String id : ids) {
            cite(id);
        }
    }

    /** The readings cited, in the order cited. */
    List<String> interpretations() {
        return Collections.unmodifiableList(cites);
    }

    /** An inventory line's readings: those cited, then those its row always cites and it has not yet. */
    List<String> interpretationsWithStanding() {
        if (cites.isEmpty()) {
            return row.standing();
        }
        citeAll(row.standing());
        return interpretations();
    }
}
