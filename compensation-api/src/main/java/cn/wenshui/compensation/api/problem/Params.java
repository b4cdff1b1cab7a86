package cn.wenshui.compensation.api.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters read by hand, refused as a problem naming the parameter. */
public final class Params {
    private Params() {
    }

    /** Null for an absent or blank value, else the value trimmed. */
    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A yyyy-MM-dd date, null when absent; anything else is a 400 naming {@code field}. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(400, field, "date-format", field + " 须为 yyyy-MM-dd 格式的日期",
                    field + " must be a date formatted yyyy-MM-dd");
        }
    }

    /** A constant of {@code type} by name, null when absent; anything else is a 400 listing the accepted names. */
    public static <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(", "));
            throw ProblemException.badField(400, field, "unknown-value", field + " 须为以下之一:" + names,
                    field + " must be one of: " + names);
        }
    }
}
