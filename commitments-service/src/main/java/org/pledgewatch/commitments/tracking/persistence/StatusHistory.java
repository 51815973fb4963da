package org.pledgewatch.commitments.tracking.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StatusHistory implements PanacheRepository<StatusChangeEntity> {

    /** Appends a change and returns its sequence number within the commitment (1 for the first status). */
    public int record(UUID commitmentId, String previousStatus, String status, String reason, Instant at) {
        Integer last = getEntityManager().createQuery(
                "SELECT max(c.sequence) FROM StatusChangeEntity c WHERE c.commitmentId = ?1", Integer.class)
                .setParameter(1, commitmentId).getSingleResult();
        StatusChangeEntity change = new StatusChangeEntity();
        change.commitmentId = commitmentId;
        change.sequence = last == null ? 1 : last + 1;
        change.previousStatus = previousStatus;
        change.status = status;
        change.reason = reason;
        change.changedAt = at;
        persist(change);
        return change.sequence;
    }

    public List<StatusChangeEntity> of(UUID commitmentId) {
        return list("commitmentId", Sort.by("sequence"), commitmentId);
    }
}
