-- Issue 13 (docs/security.md). Portable across H2 and PostgreSQL.

-- Sessions written before this instant are refused: set at logout, when the account is disabled and when its
-- password changes. NULL: nothing revoked.
ALTER TABLE app_user ADD sessions_revoked_at TIMESTAMP WITH TIME ZONE;

-- Idempotency keys belong to the principal that used them (created_by): another principal's key neither replays
-- nor blocks. The column-level UNIQUE of V1 has a generated name on H2, so the column is rebuilt without it (its
-- values unchanged) and uniqueness is declared per principal. The entry hash covers the value, not the column.
ALTER TABLE ledger_entry ADD idempotency_key_scoped VARCHAR(200);
UPDATE ledger_entry SET idempotency_key_scoped = idempotency_key;
ALTER TABLE ledger_entry DROP COLUMN idempotency_key;
ALTER TABLE ledger_entry RENAME COLUMN idempotency_key_scoped TO idempotency_key;
CREATE UNIQUE INDEX ledger_entry_principal_key ON ledger_entry (created_by, idempotency_key);
