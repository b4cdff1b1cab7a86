package cn.wenshui.compensation.schedule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The schedule file's {@code hints:}: what a form or workbook says beside an input, keyed by the household
 * inventory's field path. A hint states a row's number through a reference, {@code {code:property}}, replaced by the
 * row's value when the schedule is loaded, so the number keeps one home:
 * <ul>
 *   <li>{@code months}, {@code hardshipExtraMonths}: the row's months (24);</li>
 *   <li>{@code ratio}: an area swap's ratio as printed (1:0.4);</li>
 *   <li>{@code surcharge}: a surcharge adjustment's percentages (20%-40%);</li>
 *   <li>{@code stages}: a staged price's stages (未挂果、初果期 …);</li>
 *   <li>{@code rewards}: the incentive's rewards, as {@link Reward#words} writes each.</li>
 * </ul>
 */
final class Hints {
    private static final Pattern REF = Pattern.compile("\\{([^{}:]+):([^{}]+)}");

    private Hints() {
    }

    /** The hints with their references replaced; {@code problems} collects unknown rows or properties. */
    static Map<String, String> expand(Map<String, String> hints, Schedule schedule, List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        hints.forEach((field, text) -> {
            if (text == null || text.isBlank()) {
                problems.add("hint " + field + ": empty");
                return;
            }
            Matcher m = REF.matcher(text);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String value = value(schedule, m.group(1).trim(), m.group(2).trim(), field, problems);
                m.appendReplacement(b, Matcher.quoteReplacement(value));
            }
            m.appendTail(b);
            if (b.indexOf("{") >= 0 || b.indexOf("}") >= 0) {
                problems.add("hint " + field + ": a reference must read {code:property}");
            }
            out.put(field, b.toString());
        });
        return out;
    }

    private static String value(Schedule s, String code, String property, String field, List<String> problems) {
        ScheduleItem item = s.item(code).orElse(null);
        String at = "hint " + field + ": {" + code + ":" + property + "}";
        if (item == null) {
            problems.add(at + " names an unknown row");
            return "";
        }
        String v = switch (property) {
            case "months" -> item.months() == null ? null : String.valueOf(item.months());
            case "hardshipExtraMonths" -> item.hardshipExtraMonths() == null ? null
                    : String.valueOf(item.hardshipExtraMonths());
            case "ratio" -> item.price() instanceof Price.Swap swap ? "1:" + Texts.number(swap.ratio()) : null;
            case "surcharge" -> {
                Adjustment.Surcharge a = item.adjustment(Adjustment.Surcharge.class);
                yield a == null ? null : Texts.number(a.minPercent()) + "%-" + Texts.number(a.maxPercent()) + "%";
            }
            case "stages" -> item.price() instanceof Price.Staged st
                    ? st.stages().stream().map(Price.Staged.Stage::stage).collect(Collectors.joining("、")) : null;
            case "rewards" -> item.computedFrom() == ComputedFrom.DATES
                    ? Schedule.rewards(item).stream().map(Reward::words).collect(Collectors.joining("、")) : null;
            default -> null;
        };
        if (v == null) {
            problems.add(at + ": the row has no " + property + " (months, hardshipExtraMonths, ratio, surcharge, "
                    + "stages, rewards)");
            return "";
        }
        return v;
    }
}
