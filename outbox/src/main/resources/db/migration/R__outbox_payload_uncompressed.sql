-- Outbox rows live for milliseconds (written, relayed, deleted): compressing each payload (pglz, the TOAST
-- default) cost PostgreSQL about 50 µs a 4 KB event for bytes read back at once and deleted. Stored out of line
-- uncompressed instead. Repeatable (run after every service's versioned migrations, and again only if this file
-- changes), so that it lives here with the table whatever each service's own version numbers are.
ALTER TABLE outbox_event ALTER COLUMN payload SET STORAGE EXTERNAL;
