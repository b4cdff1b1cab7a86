package cn.wenshui.compensation.quote;

/**
 * An interpretation entry a quote relies on, explained on the quote itself so that 〔解释 I-06〕 never dangles: its
 * title, the reading applied (the option in force), whether that is the entry's default reading, and the entry's
 * one-sentence summary from the schedule file (which describes the default reading).
 */
public record CitedInterpretation(String id, String title, String reading, boolean defaultReading, String summary) {
}
