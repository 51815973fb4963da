-- A digest of each derived row's values (see Fingerprint): recomputation reads the digests of a group's rows and
-- rewrites only the rows whose digest changed. Rows written before this column existed have none, so the next
-- recomputation of their group rewrites them once.
ALTER TABLE commitment ADD COLUMN fingerprint TEXT;
ALTER TABLE agreement ADD COLUMN fingerprint TEXT;
