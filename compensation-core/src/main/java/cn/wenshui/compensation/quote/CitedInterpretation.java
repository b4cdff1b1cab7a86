package cn.wenshui.compensation.quote;

/**
 * An interpretation entry a quote relies on, explained on the quote itself so that 〔解释 I-06〕 never dangles: its
 * title, the reading applied (the option in force) and its one-sentence summary from the schedule file.
 */
public record CitedInterpretation(String id, String title, String reading, String summary) {
}
