package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.household.MainHouse;
import cn.wenshui.compensation.money.Rounding;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Mode;
import cn.wenshui.compensation.schedule.Price;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import cn.wenshui.compensation.schedule.Texts;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * 一(一) 房屋面积置换: 「正房 1:1 实测面积」, 「宅基地 宅基地证面积 1:0.4 扣除正方占地面积」 — an area given in
 * exchange, not money. The homestead's basis is the certificate area less the main house's footprint, never below 0
 * (I-19); a footprint larger than the certificate may go to the town for verification under 一(一) 注5 (I-45).
 */
final class AreaSwaps {
    private final ScheduleItem main;
    private final ScheduleItem homestead;
    private final Readings readings;

    AreaSwaps(Schedule schedule, Readings readings) {
        this.main = schedule.item(QuoteEngine.SWAP_MAIN).orElseThrow();
        this.homestead = schedule.item(QuoteEngine.SWAP_HOMESTEAD).orElseThrow();
        this.readings = readings;
    }

    void swaps(MainHouse m, QuoteWork w) {
        if (m == null || !w.violations.isEmpty()) {
            return; // an invalid area (1E+2147483647 …) is reported, never multiplied
        }
        if (m.measuredAreaM2() != null && m.measuredAreaM2().signum() > 0) {
            mainHouse(m.measuredAreaM2(), w);
        }
        if (m.homesteadCertificateAreaM2() != null && m.footprintM2() != null
                && m.homesteadCertificateAreaM2().signum() > 0 && m.footprintM2().signum() > 0) {
            homestead(m.homesteadCertificateAreaM2(), m.footprintM2(), w);
        }
    }

    /** 正房 1:1 on the measured area. */
    private void mainHouse(BigDecimal area, QuoteWork w) {
        BigDecimal ratio = ((Price.Swap) main.price()).ratio();
        w.swaps.add(AreaSwap.explainedBy(main.code(), main.clause(), main.category(), main.spec(), area, ratio,
                Rounding.area(area.multiply(ratio)),
                () -> "正房按实测面积" + Texts.number(area) + "m²以1:" + Texts.number(ratio) + "置换"));
    }

    /** 宅基地 1:0.4 on the certificate area less the footprint (I-19); a footprint over the certificate: I-45. */
    private void homestead(BigDecimal certificate, BigDecimal footprint, QuoteWork w) {
        BigDecimal ratio = ((Price.Swap) homestead.price()).ratio();
        BigDecimal basis = certificate.subtract(footprint).max(BigDecimal.ZERO);
        boolean over = footprint.compareTo(certificate) > 0;
        boolean verify = over
                && readings.footprintOverCertificate() == Readings.FootprintOverCertificate.TOWN_VERIFICATION;
        if (verify) {
            w.pending.add(new PendingItem("宅基地", homestead.code(), homestead.section(), homestead.clause(),
                    homestead.category(), homestead.spec(), Mode.VERIFICATION, Mode.VERIFICATION.zh(), certificate,
                    homestead.unit(), "正房占地面积" + Texts.number(footprint) + "m²大于宅基地证面积"
                    + Texts.number(certificate) + "m²,按一(一)注5由凤城镇政府核实后再予置换(解释I-45)"));
        }
        Supplier<String> why = over
                ? () -> "正房占地面积大于宅基地证面积,宅基地置换面积为0(解释I-19)"
                + (verify ? ",待凤城镇政府核实(一(一)注5,解释I-45)" : "")
                : () -> "宅基地证面积" + Texts.number(certificate) + "m²扣除正房占地" + Texts.number(footprint)
                + "m²,余" + Texts.number(basis) + "m²以1:" + Texts.number(ratio) + "置换(解释I-19)";
        w.swaps.add(AreaSwap.explainedBy(homestead.code(), homestead.clause(), homestead.category(),
                homestead.spec(), basis, ratio, Rounding.area(basis.multiply(ratio)), why));
    }
}
