package cn.wenshui.compensation.audit;

import static cn.wenshui.compensation.audit.ReportAuditor.clause;
import static cn.wenshui.compensation.audit.ReportAuditor.range;
import static cn.wenshui.compensation.audit.ReportAuditor.yuan;

import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.schedule.Schedule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the subsidies and incentive a report states with those the engine computes from the household facts.
 * 三(一), 三(二) and 三(三) are compared once per household; 一(三) per livestock premises, the moving subsidy and
 * the three months of settlement added together, whether the report states them as one entry or two.
 */
final class SubsidyCheck {
    /** The rows behind each stated section (the engine keeps its own copies of these codes private). */
    private static final Map<String, List<String>> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("三(一)", List.of("3-1.moving-subsidy"));
        ROWS.put("三(二)", List.of("3-2.settlement"));
        ROWS.put("三(三)", List.of("3-3.incentive"));
        ROWS.put("一(三)", List.of("1-3.moving-subsidy", "1-3.settlement"));
    }

    private SubsidyCheck() {
    }

    static boolean isSubsidyRow(String code) {
        return ROWS.values().stream().anyMatch(codes -> codes.contains(code));
    }

    static List<Finding> check(Schedule schedule, List<ReportSubsidy> stated, Quote quote) {
        List<Finding> out = new ArrayList<>();
        Map<String, BigDecimal> said = new LinkedHashMap<>();
        Map<String, String> fieldOf = new HashMap<>();
        for (int i = 0; i < stated.size(); i++) {
            ReportSubsidy s = stated.get(i);
            String path = "subsidies[" + i + "]";
            String section = s == null ? "" : Schedule.squash(s.section()).replace('（', '(').replace('）', ')');
            if (!ROWS.containsKey(section)) {
                out.add(new Finding(Severity.ERROR, "unmatched-row", s == null ? path : s.section(),
                        path + ".section", null, "补助条款须为三(一)、三(二)、三(三)或一(三)",
                        "the section must be 三(一), 三(二), 三(三) or 一(三)"));
                continue;
            }
            String key = key(section, s.ref());
            said.merge(key, s.amount() == null ? BigDecimal.ZERO : s.amount(), BigDecimal::add);
            fieldOf.putIfAbsent(key, path + ".amount");
        }
        Map<String, BigDecimal[]> due = new LinkedHashMap<>();
        for (QuoteLine l : quote.lines()) {
            ROWS.forEach((section, codes) -> {
                if (codes.contains(l.code())) {
                    due.merge(key(section, l.ref()), new BigDecimal[] {l.amountMin(), l.amountMax()},
                            (x, y) -> new BigDecimal[] {x[0].add(y[0]), x[1].add(y[1])});
                }
            });
        }
        Set<String> keys = new LinkedHashSet<>(due.keySet());
        keys.addAll(said.keySet());
        for (String key : keys) {
            String clause = ROWS.get(key.split(" ")[0]).stream()
                    .map(c -> clause(schedule.item(c).orElseThrow())).collect(Collectors.joining("; "));
            BigDecimal s = said.get(key);
            BigDecimal[] d = due.get(key);
            String field = fieldOf.getOrDefault(key, "subsidies");
            if (s != null && d != null) {
                if (s.compareTo(d[0]) < 0 || s.compareTo(d[1]) > 0) {
                    out.add(new Finding(Severity.ERROR, "subsidy-mismatch", key, field, clause,
                            key + "报告列" + yuan(s) + "元,按住户信息应为" + range(d[0], d[1]) + "元",
                            key + ": the report states " + yuan(s) + ", the household facts give "
                                    + range(d[0], d[1])));
                }
            } else if (d != null && d[1].signum() > 0) {
                out.add(new Finding(Severity.WARNING, "subsidy-missing", key, field, clause,
                        key + "按住户信息应发" + range(d[0], d[1]) + "元,报告未列",
                        key + ": the household facts give " + range(d[0], d[1]) + ", the report states none"));
            } else if (s != null && s.signum() != 0) {
                // Not computable is not the same as not due (no area, no dates yet), so this stays a warning.
                out.add(new Finding(Severity.WARNING, "subsidy-missing", key, field, clause,
                        key + "报告列" + yuan(s) + "元,但按住户信息不应发放或无法计算(缺少面积、日期或养殖场所)",
                        key + ": the report states " + yuan(s) + " but the household facts give none "
                                + "(area, dates or premises missing?)"));
            }
        }
        return out;
    }

    /** 一(三) is paid per premises (its ref, or 处N as the engine numbers premises without one). */
    private static String key(String section, String ref) {
        return section.equals("一(三)") ? section + " " + Objects.toString(ref, "").trim() : section;
    }
}
