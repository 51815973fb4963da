package org.pledgewatch.commitments.tracking.domain;

/** Where a commitment stands; see {@link StatusRules} for how each is decided. */
public enum Status {
    ACHIEVED,
    ON_TRACK,
    ACCELERATION_NEEDED,
    LIMITED_PROGRESS,
    DETERIORATING,
    MISSED,
    STALE,
    INSUFFICIENT_DATA,
    NO_DEADLINE,
    SUPERSEDED
}
