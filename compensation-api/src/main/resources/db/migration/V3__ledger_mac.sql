-- Tamper evidence beyond the hash chain (docs/security.md, "账本防篡改"). Portable across H2 and PostgreSQL.
-- entry_mac: HMAC-SHA256 over the whole row (preimage "ledger-mac/v1"), keyed with a key kept outside the database
-- (compensation.ledger.mac-key or the file compensation.ledger.mac-key-file). Whoever can write the database but
-- does not hold the key can no longer rewrite an entry and recompute its hashes undetected.
-- Entries written before this migration have no MAC yet: the service seals them once, at its first start with an
-- empty checkpoint file, after checking their hashes and links (what that trusts: docs/security.md). A missing MAC
-- found at any later start is reported by verification, never filled in.
ALTER TABLE ledger_entry ADD entry_mac CHAR(64);
