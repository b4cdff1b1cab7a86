package cn.wenshui.compensation.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The parts of one line's explanation, kept as text or as recipes and joined with 「;」 only when the explanation is
 * read: a batch or a budget run reads only the amounts. Once {@link #joined} has handed it to a line nothing more is
 * added; the line renders it at most once.
 */
class Reasons implements Supplier<String> {
    /** Each part is a String or a Supplier of one. */
    private final List<Object> parts = new ArrayList<>(4);
    private String prefix = "";
    private String suffix = "";

    final void add(String text) {
        parts.add(text);
    }

    final void add(Supplier<String> recipe) {
        parts.add(recipe);
    }

    /** The recipe of the whole sentence: {@code prefix}, the parts joined by 「;」, {@code suffix}. */
    final Supplier<String> joined(String prefix, String suffix) {
        this.prefix = prefix;
        this.suffix = suffix;
        return this;
    }

    @Override
    public final String get() {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            Object part = parts.get(i);
            sb.append(part instanceof String text ? text : ((Supplier<?>) part).get());
        }
        return sb.append(suffix).toString();
    }
}
