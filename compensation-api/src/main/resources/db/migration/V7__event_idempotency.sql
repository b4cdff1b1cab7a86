-- Idempotency-Key for household events (docs/lifecycle.md): a retried POST of the same event (a 付款 sent twice
-- over a bad line) answers with the event first recorded instead of recording a second payment. Kept beside the
-- events, not in them, so the events' hashes and MACs stay as they are. Keys are per household and principal.
CREATE TABLE household_event_request (
    household_id    BIGINT       NOT NULL REFERENCES household (id),
    principal       VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    event_seq       BIGINT       NOT NULL REFERENCES household_event (seq),
    PRIMARY KEY (household_id, principal, idempotency_key)
);
