-- The transactional outbox: events written in the same transaction as the state they describe.
-- The relay publishes rows in seq order and deletes them once Kafka acknowledged them.
CREATE TABLE outbox_event (
    seq          BIGSERIAL PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    event_time   TIMESTAMPTZ NOT NULL,
    payload      TEXT        NOT NULL,
    trace_parent TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
