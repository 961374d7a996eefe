-- The audit log of learner-level reads (domain.md §9): one row per request that read learner data in this
-- subgraph, written before the response leaves. Append-only and hash-chained: each row carries
-- SHA-256(previous row's hash + canonical JSON of the row), computed by subgraphs/kit/audit/chainHash.ts.
-- __AUDIT_SCHEMA__ is replaced by the subgraph's audit schema (audit_<subgraph>) when the migration is loaded.

CREATE TABLE __AUDIT_SCHEMA__.audit_log (
  seq bigint PRIMARY KEY CHECK (seq > 0),
  at timestamptz NOT NULL,
  subgraph text NOT NULL,
  request_id text NOT NULL,
  subject text NOT NULL,
  role text NOT NULL,
  provider text,
  purpose text,
  -- [{ "id": native or OFFA id, "pseudonym": audit-domain pseudonym or null }]
  learners jsonb NOT NULL,
  -- Type.field coordinates of the learner-level fields read.
  fields text[] NOT NULL,
  -- The id of the audit-domain pseudonym key (kit/pseudonyms), so a rotated key's records stay searchable.
  pseudonym_key_id text,
  previous_hash text NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);

CREATE INDEX audit_log_learners ON __AUDIT_SCHEMA__.audit_log USING gin (learners jsonb_path_ops);

-- The end of the chain, one row locked FOR UPDATE by every append: appends are serialised, whatever the number
-- of connections or processes, and a record removed from the tail shows as a head with no matching record.
CREATE TABLE __AUDIT_SCHEMA__.chain_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO __AUDIT_SCHEMA__.chain_head (seq, hash) VALUES (0, repeat('0', 64));

-- Append-only: UPDATE, DELETE and TRUNCATE are refused for everyone, the table owner included (PGlite has no
-- roles to revoke them from). Only someone who may alter the table can disable this, and the chain shows it.
CREATE FUNCTION __AUDIT_SCHEMA__.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON __AUDIT_SCHEMA__.audit_log
  FOR EACH ROW EXECUTE FUNCTION __AUDIT_SCHEMA__.refuse_audit_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON __AUDIT_SCHEMA__.audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION __AUDIT_SCHEMA__.refuse_audit_change();
