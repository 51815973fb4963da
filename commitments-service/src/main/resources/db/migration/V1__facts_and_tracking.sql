-- Facts as extraction reported them, per article. Re-extracting an article replaces its facts.
CREATE TABLE article_extraction (
    article_id        UUID        PRIMARY KEY,
    event_id          UUID        NOT NULL,
    extractor_version TEXT        NOT NULL,
    article_url       TEXT,
    article_title     TEXT,
    article_source    TEXT,
    published_on      DATE        NOT NULL,
    language          TEXT,
    applied_at        TIMESTAMPTZ NOT NULL
);

-- Every extraction event applied (or recognised as stale), so a redelivered event changes nothing.
CREATE TABLE processed_event (
    event_id     UUID        PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE pledge_fact (
    id            TEXT     PRIMARY KEY,
    article_id    UUID     NOT NULL REFERENCES article_extraction ON DELETE CASCADE,
    metric        TEXT     NOT NULL,
    parties       TEXT     NOT NULL,
    target_value  NUMERIC,
    target_unit   TEXT,
    target_factor NUMERIC,
    deadline      TEXT,
    deadline_year INTEGER,
    stated_by     TEXT,
    stated_on     DATE     NOT NULL,
    published_on  DATE     NOT NULL,
    sector        TEXT,
    confidence    DOUBLE PRECISION NOT NULL,
    quote         TEXT,
    quote_start   INTEGER,
    quote_end     INTEGER
);
CREATE INDEX pledge_fact_group_idx ON pledge_fact (metric, parties);
CREATE INDEX pledge_fact_article_idx ON pledge_fact (article_id);

CREATE TABLE observation_fact (
    id           TEXT     PRIMARY KEY,
    article_id   UUID     NOT NULL REFERENCES article_extraction ON DELETE CASCADE,
    metric       TEXT     NOT NULL,
    parties      TEXT     NOT NULL,
    value        NUMERIC  NOT NULL,
    unit         TEXT,
    period       TEXT,
    kind         TEXT     NOT NULL,
    qualifier    TEXT,
    sector       TEXT,
    published_on DATE     NOT NULL,
    confidence   DOUBLE PRECISION NOT NULL,
    quote        TEXT,
    quote_start  INTEGER,
    quote_end    INTEGER
);
CREATE INDEX observation_fact_group_idx ON observation_fact (metric, parties);
CREATE INDEX observation_fact_article_idx ON observation_fact (article_id);

CREATE TABLE agreement_fact (
    id           TEXT     PRIMARY KEY,
    article_id   UUID     NOT NULL REFERENCES article_extraction ON DELETE CASCADE,
    type         TEXT     NOT NULL,
    title        TEXT,
    parties      TEXT     NOT NULL,
    action       TEXT     NOT NULL,
    date         TEXT,
    place        TEXT,
    signed_on    TEXT,
    published_on DATE     NOT NULL,
    confidence   DOUBLE PRECISION NOT NULL,
    quote        TEXT,
    quote_start  INTEGER,
    quote_end    INTEGER
);
CREATE INDEX agreement_fact_parties_idx ON agreement_fact (parties);
CREATE INDEX agreement_fact_article_idx ON agreement_fact (article_id);

-- Derived from the facts of one group (metric and parties), recomputed whenever those facts change.
CREATE TABLE commitment (
    id              UUID    PRIMARY KEY,
    metric          TEXT    NOT NULL,
    parties         TEXT    NOT NULL,
    sector          TEXT,
    unit            TEXT,
    target_value    NUMERIC,
    target_factor   NUMERIC,
    deadline_year   INTEGER,
    status          TEXT    NOT NULL,
    status_reason   TEXT,
    first_stated_on DATE    NOT NULL,
    last_stated_on  DATE    NOT NULL,
    source_count    INTEGER NOT NULL,
    baseline_value  NUMERIC,
    baseline_year   INTEGER,
    latest_value    NUMERIC,
    latest_year     INTEGER,
    progress        NUMERIC,
    required_growth DOUBLE PRECISION,
    observed_growth DOUBLE PRECISION,
    growth_ratio    DOUBLE PRECISION,
    projected_year  INTEGER,
    supersedes      UUID,
    superseded_by   UUID,
    superseded_on   DATE,
    search_text     TEXT    NOT NULL
);
CREATE INDEX commitment_group_idx ON commitment (metric, parties);
CREATE INDEX commitment_status_idx ON commitment (status);

-- Every status a commitment went through: its timeline, and the source of status-change events.
CREATE TABLE commitment_status_change (
    id              BIGSERIAL   PRIMARY KEY,
    commitment_id   UUID        NOT NULL,
    sequence        INTEGER     NOT NULL,
    previous_status TEXT,
    status          TEXT        NOT NULL,
    reason          TEXT,
    changed_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (commitment_id, sequence)
);

CREATE TABLE agreement (
    id           UUID    PRIMARY KEY,
    type         TEXT    NOT NULL,
    title        TEXT,
    parties      TEXT    NOT NULL,
    place        TEXT,
    stage        TEXT    NOT NULL,
    first_date   DATE    NOT NULL,
    signed_on    TEXT,
    ratified_on  TEXT,
    source_count INTEGER NOT NULL
);
CREATE INDEX agreement_parties_idx ON agreement (parties);
