package cn.wenshui.compensation.audit;

import static cn.wenshui.compensation.audit.ReportAuditor.clause;
import static cn.wenshui.compensation.audit.ReportAuditor.range;
import static cn.wenshui.compensation.audit.ReportAuditor.yuan;

import cn.wenshui.compensation.quote.Quote;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.schedule.ComputedFrom;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    private SubsidyCheck() {
    }

    /** A row the engine computes as an amount from the household facts (the schedule's computedFrom, not a swap). */
    static boolean isSubsidyRow(ScheduleItem item) {
        return item.computed() && item.computedFrom() != ComputedFrom.MAIN_HOUSE;
    }

    /**
     * The rows behind each section a report may state, from the schedule: the sections paid once per household
     * first, then those paid per premises, each in printed order.
     */
    private static Map<String, List<String>> rows(Schedule schedule) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (boolean perPremises : new boolean[] {false, true}) {
            for (ScheduleItem i : schedule.computedRows()) {
                if (isSubsidyRow(i) && i.computedFrom().perPremises() == perPremises) {
                    rows.computeIfAbsent(i.section(), k -> new ArrayList<>()).add(i.code());
                }
            }
        }
        return rows;
    }

    /** The sections whose amounts are stated per premises (一(三)). */
    private static Set<String> perPremises(Schedule schedule) {
        Set<String> out = new HashSet<>();
        for (ScheduleItem i : schedule.computedRows()) {
            if (isSubsidyRow(i) && i.computedFrom().perPremises()) {
                out.add(i.section());
            }
        }
        return out;
    }

    static List<Finding> check(Schedule schedule, List<ReportSubsidy> stated, Quote quote) {
        Map<String, List<String>> rows = rows(schedule);
        Set<String> perPremises = perPremises(schedule);
        List<String> sections = List.copyOf(rows.keySet());
        String allowed = String.join("、", sections.subList(0, sections.size() - 1)) + "或" + sections.get(sections.size() - 1);
        String allowedEn = String.join(", ", sections.subList(0, sections.size() - 1)) + " or "
                + sections.get(sections.size() - 1);
        List<Finding> out = new ArrayList<>();
        Map<String, BigDecimal> said = new LinkedHashMap<>();
        Map<String, String> fieldOf = new HashMap<>();
        for (int i = 0; i < stated.size(); i++) {
            ReportSubsidy s = stated.get(i);
            String path = "subsidies[" + i + "]";
            String section = s == null ? "" : Schedule.squash(s.section()).replace('（', '(').replace('）', ')');
            if (!rows.containsKey(section)) {
                out.add(new Finding(Severity.ERROR, "unmatched-row", s == null ? path : s.section(),
                        path + ".section", null, "补助条款须为" + allowed, "the section must be " + allowedEn));
                continue;
            }
            String key = key(section, s.ref(), perPremises);
            said.merge(key, s.amount() == null ? BigDecimal.ZERO : s.amount(), BigDecimal::add);
            fieldOf.putIfAbsent(key, path + ".amount");
        }
        Map<String, BigDecimal[]> due = new LinkedHashMap<>();
        for (QuoteLine l : quote.lines()) {
            rows.forEach((section, codes) -> {
                if (codes.contains(l.code())) {
                    due.merge(key(section, l.ref(), perPremises), new BigDecimal[] {l.amountMin(), l.amountMax()},
                            (x, y) -> new BigDecimal[] {x[0].add(y[0]), x[1].add(y[1])});
                }
            });
        }
        Set<String> keys = new LinkedHashSet<>(due.keySet());
        keys.addAll(said.keySet());
        for (String key : keys) {
            String clause = rows.get(key.split(" ")[0]).stream()
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
    private static String key(String section, String ref, Set<String> perPremises) {
        return perPremises.contains(section) ? section + " " + Objects.toString(ref, "").trim() : section;
    }
}
