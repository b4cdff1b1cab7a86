package cn.wenshui.compensation.api.household;

import java.time.Instant;

/** One stored household file (a row of table household), personal data in full: never handed out as it is. */
public record Household(long id, String code, Facts facts, HouseholdState state, Instant createdAt, String createdBy,
                        Instant updatedAt, String updatedBy, int version) {

    /** What staff write and may change later; the 编号 and the state are not among them. */
    public record Facts(String headName, String idNumber, String village, String group, String address, String phone,
                        String bankName, String bankAccount, String appraisalFirm, String notes) {
    }
}
