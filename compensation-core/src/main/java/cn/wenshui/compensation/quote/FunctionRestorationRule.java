package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.ScheduleItem;

/**
 * I-37: 一(二)'s preamble says public infrastructure and agricultural facilities 「一般应采用功能恢复的方式征收」, yet
 * its table prices 温室, 大棚, 喷灌 and 输水管道. The rows the entry names are paid in money by default; under
 * FUNCTION_RESTORATION they become items to settle with the owner instead.
 */
final class FunctionRestorationRule {
    static final String ENTRY = Cites.I_37_FUNCTION_RESTORATION;

    private FunctionRestorationRule() {
    }

    /** Why the row is left to function restoration under these readings, or null when it is paid in money. */
    static String pendingReason(ScheduleItem item, Readings readings) {
        if (readings.outsideFacilities() != Readings.OutsideFacilities.FUNCTION_RESTORATION
                || !item.interpretations().contains(ENTRY)) {
            return null;
        }
        return "一(二):农业设施一般应采用功能恢复的方式征收,具体方式由征收负责部门与相关权属单位共同商定(解释I-37)";
    }
}
