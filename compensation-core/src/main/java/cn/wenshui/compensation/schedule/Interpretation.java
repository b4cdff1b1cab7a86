package cn.wenshui.compensation.schedule;

import java.util.List;

/**
 * A reading of ambiguous or damaged text, decided in the open. The first option is the default; a deployment picks
 * another by {@code key}. {@code title} names the question in a few Chinese words (「木材树加价」). {@code lintCovers} names the lint finding kinds this entry acknowledges.
 */
public record Interpretation(String id, String title, String key, String clause, String printed, List<String> options,
                             List<String> lintCovers, String summary) {

    public String defaultOption() {
        return options.get(0);
    }
}
