package cn.wenshui.compensation.schedule;

import java.util.List;

/**
 * A printed remark or note that changes what a household gets from the rows it stands beside (机井 「设备补偿另算」,
 * 家用采暖锅炉 「包含搬迁费和补助费」, 一(三) 注1): its words, exactly as printed, go on every quote line of those rows.
 * {@code pending}, when set, also lists what the note leaves to be decided elsewhere (the well's equipment).
 */
public record Note(String id, String clause, String printed, List<String> rows, Mode pending, String pendingWhat) {
    public Note {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
