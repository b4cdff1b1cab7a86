-- A household's life as dated events (issue 15, docs/lifecycle.md): 评估, 公示, 签约, 付款, 搬迁交房, 奖励核定, 归档,
-- 异议/复核 and 报县城市建设指挥部审定. Append-only and hash-chained like the ledger, each row sealed with the ledger's
-- MAC key; no statement of the service updates or deletes an event. Portable across H2 and PostgreSQL.

-- One row holding the event chain's head; appends lock it (SELECT ... FOR UPDATE) so the chain stays linear.
CREATE TABLE household_event_head (
    id        INT PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO household_event_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE household_event (
    seq           BIGINT PRIMARY KEY,
    household_id  BIGINT        NOT NULL REFERENCES household (id),
    kind          VARCHAR(32)   NOT NULL,
    event_date    DATE          NOT NULL,
    round         INT,
    amount        NUMERIC(18, 2),
    final_payment BOOLEAN       NOT NULL,
    note          VARCHAR(2000),
    state_after   VARCHAR(32)   NOT NULL,
    ledger_seq    BIGINT REFERENCES ledger_entry (seq),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(200)  NOT NULL,
    prev_hash     CHAR(64)      NOT NULL,
    content_hash  CHAR(64)      NOT NULL,
    event_mac     CHAR(64)      NOT NULL
);
CREATE INDEX household_event_household ON household_event (household_id, seq);
