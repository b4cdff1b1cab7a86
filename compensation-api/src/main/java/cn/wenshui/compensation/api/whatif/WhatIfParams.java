package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.api.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parameters shared by the what-if and difference endpoints and pages, and the workbook answer. */
final class WhatIfParams {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private WhatIfParams() {
    }

    static Response xlsx(byte[] bytes) {
        return Response.ok(bytes, XLSX).header("Content-Disposition", "attachment; filename=\"what-if.xlsx\"; "
                + "filename*=UTF-8''" + java.net.URLEncoder.encode("假如测算.xlsx", java.nio.charset.StandardCharsets.UTF_8))
                .build();
    }

    static long seq(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badField(400, field, "required",
                    field + " 须为台账记录编号", field + " must be a ledger entry id");
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.badField(400, field, "not-a-number",
                    field + " 须为正整数(台账记录编号)", field + " must be a positive whole number (a ledger entry id)");
        }
    }

    /** {@code key:OPTION,key:OPTION}; a malformed pair is a 400 naming readings. */
    static Map<String, String> readingsParam(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String pair : value.split(",")) {
            String[] kv = pair.trim().split(":");
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw ProblemException.badField(400, "readings", "malformed",
                        "readings 须写作 开关:选项,以逗号分隔", "readings must be key:OPTION pairs separated by commas");
            }
            out.put(kv[0].trim(), kv[1].trim());
        }
        return out;
    }
}
