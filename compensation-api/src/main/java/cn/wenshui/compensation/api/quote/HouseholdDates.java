package cn.wenshui.compensation.api.quote;

import cn.wenshui.compensation.household.Dates;
import cn.wenshui.compensation.household.Household;
import java.util.Optional;

/**
 * The dates a filed household's events give its quotes (签约, 付款, 搬迁交房). Implemented by the lifecycle, which
 * records the events; declared here so that quoting reads them without depending on the lifecycle.
 */
public interface HouseholdDates {
    /** The events' dates (any of them may be null), or empty when no household file has this 编号. */
    Optional<Dates> of(String code);

    /**
     * The household as it is recorded: with its events' dates when it has a file (docs/lifecycle.md).
     *
     * @param household the household to record, its dates set from the events where they apply
     * @param typed     the dates the request or the row gave
     * @param events    the events' dates (null: no file)
     * @param conflict  whether dates were typed and differ from the events'
     */
    record Applied(Household household, Dates typed, Dates events, boolean conflict) {
    }

    default Applied apply(Household h) {
        if (h == null || h.id() == null) {
            return new Applied(h, h == null ? null : h.dates(), null, false);
        }
        Dates given = h.dates();
        Optional<Dates> found = of(h.id());
        if (found.isEmpty()) {
            return new Applied(h, given, null, false);
        }
        Dates events = found.get();
        boolean conflict = !blank(given) && !given.equals(events);
        if (blank(events) && blank(given) || events.equals(given)) {
            return new Applied(h, given, events, false);
        }
        return new Applied(new Household(h.id(), h.headOfHousehold(), h.village(), h.soleDwelling(),
                h.hardshipExtensionApproved(), h.demolishedBuildingAreaM2(), h.mainHouse(), h.items(),
                h.livestockPremises(), blank(events) ? null : events), given, events, conflict);
    }

    static boolean blank(Dates d) {
        return d == null || d.agreementSigned() == null && d.compensationPaid() == null && d.movedOut() == null;
    }

    /** The dates as a problem or a warning names them. */
    static String show(Dates d) {
        return d == null ? "{}" : "{agreementSigned=" + d.agreementSigned() + ", compensationPaid="
                + d.compensationPaid() + ", movedOut=" + d.movedOut() + "}";
    }
}
