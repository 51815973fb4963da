-- Groups whose facts changed and whose commitments or agreements are still to be recomputed. A mark is written with
-- the facts, in their transaction, one per (article, group); the recomputation that covered it deletes it. Under a
-- backlog, one recomputation of a group covers the marks of many polls. No uniqueness on purpose: a mark written
-- after a recomputation read the marks must survive that recomputation, so marks are only ever added, never merged.
CREATE TABLE recomputation_mark (
    id           BIGSERIAL   PRIMARY KEY,
    kind         TEXT        NOT NULL,
    metric       TEXT        NOT NULL,
    parties      TEXT        NOT NULL,
    article_id   UUID        NOT NULL,
    trace_parent TEXT,
    marked_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX recomputation_mark_group_idx ON recomputation_mark (kind, parties, metric);
CREATE INDEX recomputation_mark_article_idx ON recomputation_mark (article_id);

-- When the article's facts were last reflected in the commitments and agreements: null while marks of it wait.
ALTER TABLE article_extraction ADD COLUMN tracked_at TIMESTAMPTZ;
UPDATE article_extraction SET tracked_at = applied_at;
CREATE INDEX article_extraction_untracked_idx ON article_extraction (article_id) WHERE tracked_at IS NULL;
