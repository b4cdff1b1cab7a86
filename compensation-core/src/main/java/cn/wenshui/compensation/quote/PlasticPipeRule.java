package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Measure;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Texts;
import java.math.BigDecimal;

/**
 * I-41: only 「塑料管 <4cm」 is priced. A pipe whose {@code pipeDiameterCm} is 4 cm or more has no printed price:
 * appraisal by default, or the printed 8-12 元/米 under PRINTED_PRICE. Without a diameter the row's own 「<4cm」 is
 * taken as what the appraiser chose.
 */
final class PlasticPipeRule {
    static final String ENTRY = Cites.I_41_WIDE_PLASTIC_PIPE;
    static final BigDecimal LIMIT_CM = new BigDecimal("4");

    private PlasticPipeRule() {
    }

    private static BigDecimal wide(ScheduleItem item, ItemInput in) {
        if (!item.interpretations().contains(ENTRY)) {
            return null;
        }
        BigDecimal d = in.measurements().get(Measure.PIPE_DIAMETER_CM.key());
        return d != null && d.compareTo(LIMIT_CM) >= 0 ? d : null;
    }

    /** Why the line goes to appraisal, or null when it is priced. */
    static String pendingReason(ScheduleItem item, ItemInput in, Readings readings) {
        BigDecimal d = wide(item, in);
        if (d == null || readings.plasticPipe4cm() != Readings.PlasticPipe.APPRAISAL) {
            return null;
        }
        return "塑料管管径" + Texts.number(d) + "cm,标准只印了4cm以下的价格,按解释I-41转评估";
    }

    /** The words a priced wide pipe's line carries under PRINTED_PRICE, or null. */
    static String note(ScheduleItem item, ItemInput in, Readings readings) {
        BigDecimal d = wide(item, in);
        if (d == null || readings.plasticPipe4cm() != Readings.PlasticPipe.PRINTED_PRICE) {
            return null;
        }
        return "管径" + Texts.number(d) + "cm≥4cm未印价格,按解释I-41仍按本行价格计";
    }
}
