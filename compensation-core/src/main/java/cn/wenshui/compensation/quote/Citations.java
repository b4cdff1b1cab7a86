package cn.wenshui.compensation.quote;

import cn.wenshui.compensation.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every interpretation entry a quote relies on — listed by a line or named in any of its texts — with the reading
 * applied, in id order, so that no 〔解释 I-xx〕 on the quote is left unexplained.
 */
final class Citations {
    private static final Pattern CITATION = Pattern.compile("I-\\d{2}");

    private Citations() {
    }

    static List<CitedInterpretation> of(Schedule schedule, Map<String, String> readings, QuoteWork w,
                                        Incentive incentive) {
        SortedSet<String> ids = new TreeSet<>();
        List<String> texts = new ArrayList<>(w.notices);
        for (QuoteLine l : w.lines) {
            ids.addAll(l.interpretations()); // a line names in its text only what it cites (ExplanationWordsTest)
        }
        for (AreaSwap s : w.swaps) {
            texts.add(s.explanation());
        }
        for (PendingItem p : w.pending) {
            texts.add(p.reason());
        }
        if (incentive != null) {
            texts.add(incentive.explanation());
        }
        for (String t : texts) {
            if (t != null) {
                CITATION.matcher(t).results().forEach(m -> ids.add(m.group()));
            }
        }
        List<CitedInterpretation> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            schedule.interpretation(id).ifPresent(i -> {
                String reading = readings.getOrDefault(i.key(), i.defaultOption());
                out.add(new CitedInterpretation(i.id(), i.title(), reading, reading.equals(i.defaultOption()),
                        i.summary()));
            });
        }
        return out;
    }
}
