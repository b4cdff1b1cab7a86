package cn.wenshui.compensation.api.whatif;

import cn.wenshui.compensation.api.caseload.CaseloadRepository;
import cn.wenshui.compensation.api.ledger.Canonical;
import cn.wenshui.compensation.household.Household;
import cn.wenshui.compensation.quote.Quote;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stored input, quote, schedule version and readings of the caseload's current entries, many at a time
 * (read only: a what-if never writes to the ledger).
 */
@ApplicationScoped
public class WhatIfRepository {
    private static final int CHUNK = 500;
    /** Stored quotes are read leniently: the computed properties (range, exact) are written but not read back. */
    private static final ObjectMapper READER = Canonical.MAPPER.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<Map<String, String>> READINGS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;

    public WhatIfRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The cases of these caseload rows (those with a current entry), in the rows' order. */
    public List<WhatIfCalculator.Case> cases(List<CaseloadRepository.Row> rows) throws SQLException {
        List<CaseloadRepository.Row> quoted = rows.stream().filter(r -> r.seq() != null).toList();
        Map<Long, Stored> stored = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < quoted.size(); from += CHUNK) {
                List<CaseloadRepository.Row> chunk = quoted.subList(from, Math.min(quoted.size(), from + CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT seq, schedule_id, schedule_version, "
                        + "readings_json, input_json, quote_json FROM ledger_entry WHERE seq IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i).seq());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            stored.put(rs.getLong(1), new Stored(rs.getString(2), rs.getInt(3), rs.getString(4),
                                    rs.getString(5), rs.getString(6)));
                        }
                    }
                }
            }
        }
        List<WhatIfCalculator.Case> out = new ArrayList<>(quoted.size());
        for (CaseloadRepository.Row r : quoted) {
            Stored s = stored.get(r.seq());
            if (s == null) {
                continue;
            }
            out.add(s.toCase(r));
        }
        return out;
    }

    /** An entry's columns as stored. */
    public record Stored(String scheduleId, int scheduleVersion, String readingsJson, String inputJson,
                         String quoteJson) {
        WhatIfCalculator.Case toCase(CaseloadRepository.Row r) {
            return new WhatIfCalculator.Case(r.code(), r.village(), r.group(), r.state().name(), r.seq(), scheduleId,
                    scheduleVersion, readings(), input(), quote());
        }

        public Map<String, String> readings() {
            try {
                return READER.readValue(readingsJson, READINGS);
            } catch (Exception e) {
                throw new IllegalStateException("stored readings unreadable", e);
            }
        }

        public Household input() {
            try {
                return READER.readValue(inputJson, Household.class);
            } catch (Exception e) {
                throw new IllegalStateException("stored input unreadable", e);
            }
        }

        public Quote quote() {
            try {
                return READER.readValue(quoteJson, Quote.class);
            } catch (Exception e) {
                throw new IllegalStateException("stored quote unreadable", e);
            }
        }
    }
}
