package cn.wenshui.compensation.scenario;

import cn.wenshui.compensation.household.Household;
import java.util.List;

/** The scenario households, for tests elsewhere that need a varied set of real inventories. */
public final class ScenarioAccess {
    private ScenarioAccess() {
    }

    /** Every scenario's household, in file order (the README example first). */
    public static List<Household> households() {
        return ScenarioTest.loadAll().stream().map(l -> l.scenario().household()).toList();
    }
}
