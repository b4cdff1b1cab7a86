package cn.wenshui.compensation.api.household;

import cn.wenshui.compensation.api.privacy.Masking;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What readers get of household files: personal data masked unless {@code masked} is false (staff only). */
public final class HouseholdViews {
    private HouseholdViews() {
    }

    /** The household's current ledger entry, in brief (the entry page has the rest). */
    public record CurrentEntry(long id, BigDecimal totalMin, BigDecimal totalMax, Instant createdAt) {
    }

    public record View(String code, String headName, String idNumber, String village, String group, String address,
                       String phone, String bankName, String bankAccount, String appraisalFirm, String notes,
                       String state, String stateLabel, boolean masked, int version, Instant createdAt,
                       String createdBy, Instant updatedAt, String updatedBy, CurrentEntry currentEntry) {
    }

    public record Page(List<View> items, int page, int size, long total) {
    }

    /**
     * A file as a posted or handed-out document shows it (公示表, 补偿明细表, bulk prints): 户主 and 身份证号 always
     * masked, whoever asks — the paper leaves the office.
     */
    public record Published(String code, String headName, String idNumber, String village, String group,
                            String address, String state, String stateLabel) {
        /** The file as published: the one place where a posted document's 户主 and 身份证号 are masked. */
        public static Published of(Household h) {
            return new Published(h.code(), Masking.name(h.facts().headName()), Masking.idNumber(h.facts().idNumber()),
                    h.facts().village(), h.facts().group(), h.facts().address(), h.state().name(), h.state().label());
        }
    }

    /** One read of a household's personal data. */
    public record Access(Instant accessedAt, String principal, String purpose) {
    }

    public record AccessLogView(String code, List<Access> items) {
    }
}
