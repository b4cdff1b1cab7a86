package cn.wenshui.compensation.quote;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The parts of one line's explanation, kept as text or as recipes and joined with 「;」 only when the explanation is
 * read: building the sentences eagerly was most of the engine's time. Once {@link #joined} has handed it to a line
 * nothing more is added; the line renders it at most once.
 */
final class Reasons implements Supplier<String> {
    private static final Object[] NONE = {};
    private Object[] parts = NONE;
    private int size;
    private String prefix = "";
    private String suffix = "";

    void add(String text) {
        append(text);
    }

    void add(Supplier<String> recipe) {
        append(recipe);
    }

    private void append(Object part) {
        if (size == parts.length) {
            parts = Arrays.copyOf(parts, Math.max(4, size * 2));
        }
        parts[size++] = part;
    }

    /** The recipe of the whole sentence: {@code prefix}, the parts joined by 「;」, {@code suffix}. */
    Supplier<String> joined(String prefix, String suffix) {
        this.prefix = prefix;
        this.suffix = suffix;
        return this;
    }

    @Override
    public String get() {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(parts[i] instanceof String s ? s : ((Supplier<?>) parts[i]).get());
        }
        return sb.append(suffix).toString();
    }
}
