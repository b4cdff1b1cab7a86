package cn.wenshui.compensation.quote;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The parts of one line's explanation, kept as text or as recipes and joined with 「;」 only when the explanation is
 * read: building the sentences eagerly was most of the engine's time. Once {@link #joined} has handed it to a line
 * nothing more is added; the line renders it at most once. Most lines have one or two parts, so the first is held
 * in a field and an array is made only for more.
 */
class Reasons implements Supplier<String> {
    private Object first;
    private Object[] more;
    private int size;
    private String prefix = "";
    private String suffix = "";

    final void add(String text) {
        append(text);
    }

    final void add(Supplier<String> recipe) {
        append(recipe);
    }

    private void append(Object part) {
        if (size == 0) {
            first = part;
        } else if (more == null) {
            more = new Object[3];
            more[0] = part;
        } else {
            if (size - 1 == more.length) {
                more = Arrays.copyOf(more, more.length * 2);
            }
            more[size - 1] = part;
        }
        size++;
    }

    /** The recipe of the whole sentence: {@code prefix}, the parts joined by 「;」, {@code suffix}. */
    Supplier<String> joined(String prefix, String suffix) {
        this.prefix = prefix;
        this.suffix = suffix;
        return this;
    }

    @Override
    public final String get() {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(';');
            }
            Object part = i == 0 ? first : more[i - 1];
            sb.append(part instanceof String s ? s : ((Supplier<?>) part).get());
        }
        return sb.append(suffix).toString();
    }
}
