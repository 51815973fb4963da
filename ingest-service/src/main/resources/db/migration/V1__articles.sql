-- Ingest's archive: every accepted article, once. Replay reads from here.
CREATE TABLE article (
    id             UUID         PRIMARY KEY,
    title          TEXT,
    body           TEXT         NOT NULL,
    url            TEXT,
    canonical_url  TEXT,
    source         TEXT,
    language       VARCHAR(8),
    published_at   TIMESTAMPTZ  NOT NULL,
    content_hash   CHAR(64)     NOT NULL,
    received_via   VARCHAR(16)  NOT NULL,
    ingested_at    TIMESTAMPTZ  NOT NULL
);

-- Both are deduplication keys: the same story under two URLs, or one URL sent twice, is stored once.
CREATE UNIQUE INDEX article_canonical_url_key ON article (canonical_url) WHERE canonical_url IS NOT NULL;
CREATE UNIQUE INDEX article_content_hash_key ON article (content_hash);
CREATE INDEX article_ingested_at_idx ON article (ingested_at DESC, id);
