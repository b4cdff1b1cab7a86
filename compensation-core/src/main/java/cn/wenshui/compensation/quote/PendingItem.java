package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.schedule.Mode;
import java.math.BigDecimal;

/** An item decided outside this schedule (appraisal, negotiation, committee, verification, function restoration). */
public record PendingItem(String ref, String code, String section, String clause, String category, String spec,
                          Mode mode, String modeZh, BigDecimal quantity, String unit, String reason) {
}
