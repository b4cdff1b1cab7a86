package cn.wenshui.compensation.api.household;

/**
 * A household file as a client sends it (create, update). Checked by {@link HouseholdRules}, never by annotations
 * alone, so that every refusal names the field and the rule in Chinese and English. {@code version} is the row
 * version an update was based on (or give it as If-Match).
 */
public record HouseholdInput(String code, String headName, String idNumber, String village, String group,
                             String address, String phone, String bankName, String bankAccount, String appraisalFirm,
                             String notes, Integer version) {
}
