-- The ledger of issued quotes: append-only, hash-chained. No statement of the service updates or deletes an entry;
-- a correction is a new entry naming the one it supersedes. Portable across H2 and PostgreSQL.

-- One row holding the chain's head; appends lock it (SELECT ... FOR UPDATE) so the chain stays linear.
CREATE TABLE ledger_head (
    id        INT PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO ledger_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE ledger_entry (
    seq               BIGINT PRIMARY KEY,
    household_id      VARCHAR(64)   NOT NULL,
    head_of_household VARCHAR(200),
    village           VARCHAR(200),
    schedule_id       VARCHAR(64)   NOT NULL,
    schedule_version  INT           NOT NULL,
    engine_version    VARCHAR(32)   NOT NULL,
    readings_json     VARCHAR(4000) NOT NULL,
    input_json        TEXT          NOT NULL,
    quote_json        TEXT          NOT NULL,
    total_min         NUMERIC(18, 2) NOT NULL,
    total_max         NUMERIC(18, 2) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(200)  NOT NULL,
    supersedes        BIGINT REFERENCES ledger_entry (seq),
    idempotency_key   VARCHAR(200) UNIQUE,
    request_hash      CHAR(64),
    prev_hash         CHAR(64)      NOT NULL,
    content_hash      CHAR(64)      NOT NULL
);
CREATE INDEX ledger_entry_household ON ledger_entry (household_id);
CREATE INDEX ledger_entry_village ON ledger_entry (village);
CREATE INDEX ledger_entry_created ON ledger_entry (created_at);
