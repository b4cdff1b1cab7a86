-- The caseload dashboard (issue 15) reads, for each household's current ledger entry, a few facts of its quote: the
-- incentive's status, dates and amount, and how many items await appraisal, negotiation or a committee. They are
-- derived from the entry's stored quote (immutable, covered by the ledger's hashes) once, on first need, and kept
-- here so the dashboard does not re-read 40 KB of JSON per household. Derived data: deleting a row only makes it be
-- derived again. Portable across H2 and PostgreSQL.
CREATE TABLE caseload_entry (
    seq                 BIGINT PRIMARY KEY,
    incentive_status    VARCHAR(32),
    incentive_amount    NUMERIC(18, 2),
    incentive_start     DATE,
    full_deadline       DATE,
    reduced_deadline    DATE,
    moved_out           DATE,
    pending_appraisal   INT NOT NULL,
    pending_negotiation INT NOT NULL,
    pending_committee   INT NOT NULL,
    pending_other       INT NOT NULL
);
