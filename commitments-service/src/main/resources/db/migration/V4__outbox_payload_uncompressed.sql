-- Outbox rows live for milliseconds (written, relayed, deleted): compressing each payload (pglz, the TOAST
-- default) cost PostgreSQL about 50 µs a 4 KB event for bytes read back at once and deleted. Stored out of line
-- uncompressed instead.
ALTER TABLE outbox_event ALTER COLUMN payload SET STORAGE EXTERNAL;
