package org.pledgewatch.commitments.agreements.persistence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of table {@code agreement}: one agreement as lists show it, derived from the agreement facts between its
 * parties. Plain values, written and read by {@link AgreementRepository}.
 */
public class AgreementRow {

    public UUID id;

    public String type;

    public String title;

    public String parties;

    public String place;

    /** SIGNED, ADOPTED or RATIFIED: the furthest step reported. */
    public String stage;

    public LocalDate firstDate;

    /** The date of signing or adoption, as precise as reported. */
    public String signedOn;

    public String ratifiedOn;

    public int sourceCount;

    /** {@link AgreementRepository#fingerprint} of the other columns: relinking rewrites the row when it differs. */
    public String fingerprint;
}
