package cn.wenshui.compensation.bench;

import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.household.ItemInput;
import cn.wenshui.compensation.json.JsonSettings;
import cn.wenshui.compensation.quote.InvalidInventoryException;
import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One SHA-256 over everything the engine says for 13,818 households: ~2,000 random households, the typical, the
 * worst case and the README household, and 300 damaged copies (a negative quantity, odd measurements, an
 * appraisal far outside the range with and without a reason, a decoration, a duplicated ref), under six sets of
 * readings (the defaults, every second option, four random mixes), then 183 of them under each option of every
 * switch alone; for each, the quote as the service writes it
 * and in the ledger's canonical form, or the violations. A change meant to make the engine faster must leave the
 * digest as it was: build both, run this with each jar, compare the last line ({@code x} as the argument prints
 * every household's output instead, to find the first difference).
 *
 * <pre>java -cp compensation-bench/target/benchmarks.jar cn.wenshui.compensation.bench.OutputDigest [x]</pre>
 */
public final class OutputDigest {
    private OutputDigest() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(compute(args.length > 0));
    }

    /** The summary line: households, refused, sha256; {@code print} also writes every household's output. */
    public static String compute(boolean print) throws Exception {
        ObjectMapper wire = JsonSettings.apply(new ObjectMapper());
        ObjectMapper canonical = JsonSettings.canonical();
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        Schedule schedule = ScheduleLoader.loadDefault();
        Random r = new Random(7);
        List<Map<String, String>> choices = new ArrayList<>();
        choices.add(Map.of());
        Map<String, String> second = new HashMap<>();
        Readings.switches().forEach((k, options) -> second.put(k, options.get(1)));
        choices.add(second);
        for (int k = 0; k < 4; k++) {
            Map<String, String> mix = new HashMap<>();
            Readings.switches().forEach((key, options) -> mix.put(key, options.get(r.nextInt(options.size()))));
            choices.add(mix);
        }
        // every option of every switch on its own, the others at their defaults (fewer households each)
        List<Map<String, String>> single = new ArrayList<>();
        Readings.switches().forEach((key, options) -> options.forEach(o -> single.add(Map.of(key, o))));
        int n = 0;
        int refused = 0;
        for (Map<String, String> choice : choices) {
            Workloads w = new Workloads(schedule, Readings.of(choice));
            QuoteEngine engine = w.engine();
            List<Household> households = new ArrayList<>(w.batch(2000, 11 + n));
            households.add(w.typical());
            households.add(w.worstCase());
            households.add(w.readme());
            List<Household> damaged = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                damaged.add(damage(households.get(i), i, r));
            }
            households.addAll(damaged);
            for (Household h : households) {
                try {
                    Quote q = engine.quote(h);
                    byte[] a = wire.writeValueAsBytes(q);
                    byte[] b = canonical.writeValueAsBytes(q);
                    md.update(a);
                    md.update(b);
                    if (print) {
                        System.out.println(n + " " + new String(a, "UTF-8") + " " + new String(b, "UTF-8"));
                    }
                } catch (InvalidInventoryException e) {
                    refused++;
                    byte[] v = wire.writeValueAsBytes(e.violations());
                    md.update(v);
                    if (print) {
                        System.out.println(n + " " + new String(v, "UTF-8"));
                    }
                }
                n++;
            }
        }
        Workloads base = new Workloads(schedule, Readings.defaults());
        List<Household> few = new ArrayList<>(base.batch(150, 5));
        few.add(base.typical());
        few.add(base.worstCase());
        few.add(base.readme());
        for (int i = 0; i < 30; i++) {
            few.add(damage(few.get(i), i, r));
        }
        for (Map<String, String> choice : single) {
            QuoteEngine engine = new QuoteEngine(schedule, Readings.of(choice));
            for (Household h : few) {
                try {
                    Quote q = engine.quote(h);
                    md.update(wire.writeValueAsBytes(q));
                    md.update(canonical.writeValueAsBytes(q));
                } catch (InvalidInventoryException e) {
                    refused++;
                    md.update(wire.writeValueAsBytes(e.violations()));
                }
                n++;
            }
        }
        return n + " households, " + refused + " refused, sha256 " + HexFormat.of().formatHex(md.digest());
    }

    private static Household damage(Household h, int i, Random r) {
        List<ItemInput> items = new ArrayList<>(h.items());
        int j = r.nextInt(items.size());
        ItemInput in = items.get(j);
        items.set(j, switch (i % 5) {
            case 0 -> new ItemInput(in.ref(), in.code(), new BigDecimal("-1"), in.measurements(), in.growthStage(),
                    in.appraisedUnitPrice(), in.overrideReason(), in.linkedCode(), in.linkedUnitPrice(),
                    in.decorated(), in.surchargePercent(), in.note());
            case 1 -> in.withMeasurement("heightM", "0.35").withMeasurement("columnHeightM", "3.27")
                    .withMeasurement("trunkDiameterCm", "10.5");
            case 2 -> in.withAppraisal("99999", r.nextBoolean() ? "理由" : null);
            case 3 -> in.withDecoration(r.nextBoolean() ? "25.5" : null);
            default -> in.withRef("1");
        });
        return new Household(h.id(), h.headOfHousehold(), h.village(), h.isSoleDwelling(),
                h.isHardshipExtensionApproved(), h.demolishedBuildingAreaM2(), h.mainHouse(), items,
                h.livestockPremises(), h.dates());
    }
}
