package org.pledgewatch.commitments.agreements.persistence;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One agreement as lists show it, derived from the agreement facts between its parties. */
@Entity
@Table(name = "agreement")
public class AgreementEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String type;

    public String title;

    public String parties;

    public String place;

    /** SIGNED, ADOPTED or RATIFIED: the furthest step reported. */
    public String stage;

    @Column(name = "first_date")
    public LocalDate firstDate;

    /** The date of signing or adoption, as precise as reported. */
    @Column(name = "signed_on")
    public String signedOn;

    @Column(name = "ratified_on")
    public String ratifiedOn;

    @Column(name = "source_count")
    public int sourceCount;

    /** {@link AgreementRepository#fingerprint} of the other columns: relinking rewrites the row when it differs. */
    public String fingerprint;
}
