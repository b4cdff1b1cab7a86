package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.diff.QuoteDiff;
import cn.wenshui.compensation.quote.QuoteLine;
import cn.wenshui.compensation.schedule.Interpretation;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Why a line changed between two quotes (I-55): a reading switched that the line cites before or after, its schedule
 * row priced otherwise in the other version, or its own input (quantity, measurement). A line may name several.
 */
public final class Causes {
    /** One reason: {@code kind} reading / schedule / input, what it names, and the two sides. */
    public record Cause(String kind, String what, String interpretation, String from, String to) {
    }

    private final BiFunction<String, Integer, Schedule> schedules;

    /** {@code schedules}: a loaded schedule by id and version (null when not loaded). */
    public Causes(BiFunction<String, Integer, Schedule> schedules) {
        this.schedules = schedules;
    }

    public List<Cause> of(QuoteDiff.LineDiff l, String idBefore, int versionBefore, Map<String, String> readingsBefore,
                          String idAfter, int versionAfter, Map<String, String> readingsAfter) {
        List<Cause> out = new ArrayList<>();
        Schedule before = schedules.apply(idBefore, versionBefore);
        Schedule after = schedules.apply(idAfter, versionAfter);
        List<String> cited = new ArrayList<>();
        if (l.before() != null) {
            cited.addAll(l.before().interpretations());
        }
        if (l.after() != null) {
            cited.addAll(l.after().interpretations());
        }
        Schedule any = after != null ? after : before;
        if (any != null) {
            for (Interpretation i : any.interpretations()) {
                if (i.key() == null || !cited.contains(i.id())) {
                    continue;
                }
                String b = readingsBefore.getOrDefault(i.key(), i.defaultOption());
                String a = readingsAfter.getOrDefault(i.key(), i.defaultOption());
                if (!b.equals(a)) {
                    out.add(new Cause("reading", i.key(), i.id(), b, a));
                }
            }
        }
        if (before != null && after != null && before != after) {
            ScheduleItem rb = before.item(l.code()).orElse(null);
            ScheduleItem ra = after.item(l.code()).orElse(null);
            if (!Objects.equals(rb, ra)) {
                out.add(new Cause("schedule", l.code(), null, idBefore + "/" + versionBefore + " " + printed(rb),
                        idAfter + "/" + versionAfter + " " + printed(ra)));
            }
        }
        QuoteLine b = l.before();
        QuoteLine a = l.after();
        if (b == null || a == null) {
            if (out.isEmpty()) {
                out.add(new Cause("input", l.code(), null, b == null ? null : "ref " + b.ref(),
                        a == null ? null : "ref " + a.ref()));
            }
        } else if (l.changedFields().contains("quantity")) {
            out.add(new Cause("input", "quantity", null, b.quantity().toPlainString(), a.quantity().toPlainString()));
        }
        return out;
    }

    private static String printed(ScheduleItem i) {
        return i == null ? "(无此行)" : "「" + i.printed() + "」";
    }

    /** The causes in words: 「解释I-07 machine-well-beyond-200m: WHOLE_DEPTH → MARGINAL」 and the like. */
    public static String words(List<Causes.Cause> causes) {
        return causes.stream().map(c -> switch (c.kind()) {
            case "reading" -> "解释" + c.interpretation() + " " + c.what() + ":" + c.from() + " → " + c.to();
            case "schedule" -> "标准行 " + c.what() + ":" + c.from() + " → " + c.to();
            default -> "清单 " + c.what() + ":" + Objects.toString(c.from(), "") + " → " + Objects.toString(c.to(), "");
        }).collect(Collectors.joining(";"));
    }

}
