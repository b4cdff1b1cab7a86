package cn.wenshui.compensation.api;

/** Request bodies used across the API tests; amounts are worked by hand from the regulation text. */
public final class Households {
    private Households() {
    }

    /**
     * 附属平房 砖混结构 50 m² at 700-800 (35,000–40,000); 核桃树 胸径 12 cm × 3 at 500 (1,500);
     * 三(一) 31 m² × 10 = 310; 三(二) 31 × 6 × 24 = 4,464; 三(三) day 30 → 50,000.
     * Total 91,274.00 – 96,274.00. Swaps: 正房 120 m²; 宅基地 (300 − 100) × 0.4 = 80 m².
     */
    public static String typical(String id) {
        return """
                {"id": "%s", "headOfHousehold": "张三", "village": "堡子村",
                 "soleDwelling": false, "hardshipExtensionApproved": false,
                 "demolishedBuildingAreaM2": 31,
                 "mainHouse": {"measuredAreaM2": 120, "footprintM2": 100, "homesteadCertificateAreaM2": 300},
                 "items": [
                   {"code": "1-1.annex.brick-concrete", "quantity": 50},
                   {"code": "2-1.fruit.walnut", "quantity": 3, "measurements": {"trunkDiameterCm": 12}},
                   {"code": "1-1.basement", "quantity": 20}
                 ],
                 "dates": {"agreementSigned": "2023-07-01", "compensationPaid": "2023-07-05", "movedOut": "2023-08-04"}}
                """.formatted(id);
    }

    /** One fixed-price line: 附属平房 框架结构 10 m² × 1200 = 12,000.00. */
    /** A household file written straight into the table (state 评估报告已收到), for tests that need one on file. */
    public static void file(io.agroal.api.AgroalDataSource ds, String code, String village) throws java.sql.SQLException {
        try (java.sql.Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "INSERT INTO household (code, head_name, village, group_name, state, created_at, created_by, "
                        + "updated_at, updated_by) VALUES (?, '王五', ?, '1组', 'APPRAISED', ?, 't', ?, 't')")) {
            ps.setString(1, code);
            ps.setString(2, village);
            ps.setObject(3, java.time.OffsetDateTime.now());
            ps.setObject(4, java.time.OffsetDateTime.now());
            ps.executeUpdate();
        }
    }

    public static String small(String id, String village) {
        return """
                {"id": "%s", "headOfHousehold": "李四", "village": "%s",
                 "items": [{"code": "1-1.annex.frame", "quantity": 10}]}
                """.formatted(id, village);
    }
}
