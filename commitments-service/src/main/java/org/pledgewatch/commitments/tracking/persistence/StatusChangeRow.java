package org.pledgewatch.commitments.tracking.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "commitment_status_change")
public class StatusChangeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "commitment_id")
    public UUID commitmentId;

    public int sequence;

    @Column(name = "previous_status")
    public String previousStatus;

    public String status;

    public String reason;

    @Column(name = "changed_at")
    public Instant changedAt;
}
