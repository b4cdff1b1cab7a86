package cn.wenshui.compensation.api.quote;

import cn.wenshui.compensation.household.Dates;
import java.util.Optional;

/**
 * The dates a filed household's events give its quotes (签约, 付款, 搬迁交房). Implemented by the lifecycle, which
 * records the events; declared here so that quoting reads them without depending on the lifecycle.
 */
public interface HouseholdDates {
    /** The events' dates (any of them may be null), or empty when no household file has this 编号. */
    Optional<Dates> of(String code);
}
