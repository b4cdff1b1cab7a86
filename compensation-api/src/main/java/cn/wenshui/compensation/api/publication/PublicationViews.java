package cn.wenshui.compensation.api.publication;

import cn.wenshui.compensation.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The 公示表 as JSON, the page and the workbook share it. Names and ID numbers are masked before they get here. */
public final class PublicationViews {
    private PublicationViews() {
    }

    /**
     * @param documentNumber the 公示's number (configuration), {@code contact} the line for objections
     * @param round          公示 round: 1 or 2
     * @param sections       the schedule's sections, in its order: one amount column each
     */
    public record Table(String title, String documentNumber, String village, String group, int round,
                        LocalDate periodFrom, LocalDate periodTo, String contact, String scheduleDocument,
                        List<SectionColumn> sections, List<Row> rows, Money total, int households, int quoted) {
    }

    public record SectionColumn(String section, String title) {
    }

    /**
     * One household: {@code headName} and {@code idNumber} masked (张*, 110105********002X); {@code entry} null when
     * the household has no quote yet (its amounts are then null).
     */
    public record Row(int no, String code, String headName, String idNumber, String group, String address,
                      BigDecimal demolishedAreaM2, BigDecimal mainHouseAreaM2, List<Money> sections, Money total,
                      BigDecimal mainHouseSwapM2, BigDecimal homesteadSwapM2, String incentive, Long entry,
                      String stateLabel) {
        Row onlySections(List<Integer> keep) {
            return new Row(no, code, headName, idNumber, group, address, demolishedAreaM2, mainHouseAreaM2,
                    keep.stream().map(sections::get).toList(), total, mainHouseSwapM2, homesteadSwapM2, incentive,
                    entry, stateLabel);
        }
    }
}
