package cn.wenshui.compensation.household;

import java.math.BigDecimal;
import java.util.List;

/**
 * A household's inventory as measured by the appraisers, with the facts the subsidies and the incentive need.
 *
 * @param demolishedBuildingAreaM2  建筑面积 of the household's demolished buildings, the basis of 三(一) and 三(二) (I-28)
 * @param soleDwelling              the demolished house is the household's only home (唯一住房)
 * @param hardshipExtensionApproved 三(二): the extra 24 months of settlement were approved (only with soleDwelling)
 * @param livestockPremises         一(三): each 处 of livestock keeping, for its moving and settlement subsidies (I-21)
 */
public record Household(String id, String headOfHousehold, String village, Boolean soleDwelling,
                        Boolean hardshipExtensionApproved, BigDecimal demolishedBuildingAreaM2, MainHouse mainHouse,
                        List<ItemInput> items, List<LivestockPremises> livestockPremises, Dates dates) {

    public Household {
        // null entries are kept so the engine can name them (items[3] required) instead of failing here
        items = items == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
        livestockPremises = livestockPremises == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(livestockPremises));
    }

    public boolean isSoleDwelling() {
        return Boolean.TRUE.equals(soleDwelling);
    }

    public boolean isHardshipExtensionApproved() {
        return Boolean.TRUE.equals(hardshipExtensionApproved);
    }
}
