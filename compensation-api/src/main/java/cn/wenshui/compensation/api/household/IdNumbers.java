package cn.wenshui.compensation.api.household;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 居民身份证号码 as GB 11643-1999 defines it: 6 digits of area, 8 of birth date (yyyyMMdd), 3 of sequence and a check
 * character computed by ISO 7064 MOD 11-2 over the first 17 (0-9 or X for ten).
 */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** Which rule a number breaks; null when it keeps them all. */
    public enum Fault {
        LENGTH, CHARACTERS, BIRTH_DATE, CHECK_DIGIT
    }

    private IdNumbers() {
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The first rule {@code id} breaks (an upper-case X expected), or null. {@code today} bounds the birth date. */
    public static Fault fault(String id, LocalDate today) {
        if (id.length() != 18) {
            return Fault.LENGTH;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return Fault.CHARACTERS;
            }
        }
        char last = id.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Fault.CHARACTERS;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (born.getYear() < 1900 || born.isAfter(today)) {
                return Fault.BIRTH_DATE;
            }
        } catch (DateTimeException e) {
            return Fault.BIRTH_DATE;
        }
        return checkCharacter(id) == last ? null : Fault.CHECK_DIGIT;
    }
}
