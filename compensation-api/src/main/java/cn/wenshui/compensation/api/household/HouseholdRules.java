package cn.wenshui.compensation.api.household;

import cn.wenshui.compensation.api.problem.ProblemException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * The rules a household file's fields keep. Each refusal is a problem naming the field and the rule (zh + en); the
 * refused value itself is never echoed, since it may be personal data.
 */
final class HouseholdRules {
    /** 编号: letters (Chinese too), digits, '.', '_', '-'; it is also the ledger's household id (at most 64). */
    static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");
    /** 手机 (11 digits, 1[3-9]…) or 固定电话 with its area code (0xx(x)-xxxxxxx(x), the hyphen optional). */
    static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    static final Pattern BANK_ACCOUNT = Pattern.compile("\\d{8,30}");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private HouseholdRules() {
    }

    static String code(String code) {
        String c = trim(code);
        if (c == null) {
            throw required("code", "编号");
        }
        if (!CODE.matcher(c).matches()) {
            throw ProblemException.badField(400, "code", "pattern",
                    "编号须为1至64个字母、汉字、数字或 . _ -,以字母、汉字或数字开头",
                    "code must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return c;
    }

    /** The facts, trimmed, blank optional fields as null; the first broken rule answers. */
    static Household.Facts facts(HouseholdInput in) {
        String headName = text(in.headName(), "headName", "户主", 50, true);
        String idNumber = idNumber(in.idNumber());
        String village = text(in.village(), "village", "村", 200, true);
        String group = text(in.group(), "group", "组", 100, false);
        String address = text(in.address(), "address", "坐落/门牌", 500, false);
        String phone = trim(in.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw ProblemException.badField(400, "phone", "pattern",
                    "联系电话须为11位手机号(1开头)或带区号的固定电话(如 0358-1234567)",
                    "phone must be an 11-digit mobile number starting with 1 or a landline with its area code "
                            + "(e.g. 0358-1234567)");
        }
        String bankName = text(in.bankName(), "bankName", "开户银行", 200, false);
        String bankAccount = trim(in.bankAccount());
        if (bankAccount != null) {
            bankAccount = bankAccount.replace(" ", "");
            if (!BANK_ACCOUNT.matcher(bankAccount).matches()) {
                throw ProblemException.badField(400, "bankAccount", "digits",
                        "银行账号须为8至30位数字", "bankAccount must be 8 to 30 digits");
            }
        }
        String firm = text(in.appraisalFirm(), "appraisalFirm", "评估机构", 200, false);
        String notes = text(in.notes(), "notes", "备注", 4000, false);
        return new Household.Facts(headName, idNumber, village, group, address, phone, bankName, bankAccount, firm,
                notes);
    }

    static String idNumber(String value) {
        String id = trim(value);
        if (id == null) {
            return null;
        }
        id = id.toUpperCase(java.util.Locale.ROOT);
        IdNumbers.Fault fault = IdNumbers.fault(id, LocalDate.now(CHINA));
        if (fault == null) {
            return id;
        }
        throw switch (fault) {
            case LENGTH -> ProblemException.badField(422, "idNumber", "gb11643-length",
                    "身份证号须为18位(GB 11643-1999)", "idNumber must have 18 characters (GB 11643-1999)");
            case CHARACTERS -> ProblemException.badField(422, "idNumber", "gb11643-characters",
                    "身份证号前17位须为数字,末位为数字或 X(GB 11643-1999)",
                    "idNumber must be 17 digits followed by a digit or X (GB 11643-1999)");
            case BIRTH_DATE -> ProblemException.badField(422, "idNumber", "gb11643-birth-date",
                    "身份证号第7至14位须为真实的出生日期(GB 11643-1999)",
                    "idNumber's characters 7 to 14 must be a real birth date, not in the future (GB 11643-1999)");
            case CHECK_DIGIT -> ProblemException.badField(422, "idNumber", "gb11643-check-digit",
                    "身份证号校验码不符(GB 11643-1999,ISO 7064 MOD 11-2)",
                    "idNumber's check character does not match (GB 11643-1999, ISO 7064 MOD 11-2)");
        };
    }

    private static String text(String value, String field, String zh, int max, boolean required) {
        String v = trim(value);
        if (v == null) {
            if (required) {
                throw required(field, zh);
            }
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw ProblemException.badField(400, field, "too-long", zh + "不得超过" + max + "个字符",
                    field + " must be at most " + max + " characters");
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if ((Character.isISOControl(ch) && !(field.equals("notes") && (ch == '\n' || ch == '\r' || ch == '\t')))
                    || Character.isSurrogate(ch) && !validSurrogate(v, i)) {
                throw ProblemException.badField(400, field, "characters", zh + "含有不可用的控制字符",
                        field + " contains control or unpaired surrogate characters");
            }
        }
        return v;
    }

    private static boolean validSurrogate(String v, int i) {
        char ch = v.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(v.charAt(i - 1));
    }

    private static ProblemException required(String field, String zh) {
        return ProblemException.badField(400, field, "required", "缺少" + zh, field + " is required");
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
