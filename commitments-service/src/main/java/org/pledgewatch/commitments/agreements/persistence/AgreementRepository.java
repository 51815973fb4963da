package org.pledgewatch.commitments.agreements.persistence;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import org.pledgewatch.commitments.persistence.Fingerprint;
import org.pledgewatch.commitments.persistence.Jdbc;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<AgreementEntity, UUID> {

    private static final String UPSERT = """
            INSERT INTO agreement (id, type, title, parties, place, stage, first_date, signed_on, ratified_on,
                                   source_count, fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, title = EXCLUDED.title, parties = EXCLUDED.parties,
                place = EXCLUDED.place, stage = EXCLUDED.stage, first_date = EXCLUDED.first_date,
                signed_on = EXCLUDED.signed_on, ratified_on = EXCLUDED.ratified_on,
                source_count = EXCLUDED.source_count, fingerprint = EXCLUDED.fingerprint""";

    /**
     * The fingerprint of each stored agreement between each of these sets of parties (by key), in one query that
     * reads nothing else.
     */
    public Map<String, Map<UUID, String>> fingerprintsBetween(Collection<String> partiesKeys) {
        Map<String, Map<UUID, String>> byParties = new HashMap<>();
        if (!partiesKeys.isEmpty()) {
            Jdbc.query(getEntityManager(), "SELECT id, parties, fingerprint FROM agreement WHERE parties = ANY (?)",
                    List.of(Jdbc.ArrayParameter.text(partiesKeys)), 1000,
                    row -> byParties.computeIfAbsent(row.getString("parties"), k -> new HashMap<>())
                            .put(row.getObject("id", UUID.class), row.getString("fingerprint")));
        }
        return byParties;
    }

    /** The digest of everything else an agreement row stores (see {@link AgreementEntity#fingerprint}). */
    public static String fingerprint(AgreementEntity a) {
        return Fingerprint.of(a.type, a.title, a.parties, a.place, a.stage, a.firstDate, a.signedOn, a.ratifiedOn,
                a.sourceCount);
    }

    /** Inserts or overwrites these agreements in one statement batch; the instances are values, never managed. */
    public void writeAll(List<AgreementEntity> rows) {
        Jdbc.batch(getEntityManager(), UPSERT, rows, (upsert, a) -> {
            upsert.setObject(1, a.id);
            upsert.setString(2, a.type);
            upsert.setString(3, a.title);
            upsert.setString(4, a.parties);
            upsert.setString(5, a.place);
            upsert.setString(6, a.stage);
            upsert.setObject(7, a.firstDate, Types.DATE);
            upsert.setString(8, a.signedOn);
            upsert.setString(9, a.ratifiedOn);
            upsert.setInt(10, a.sourceCount);
            upsert.setString(11, a.fingerprint);
        });
    }

    public void deleteAll(Collection<UUID> ids) {
        Jdbc.batch(getEntityManager(), "DELETE FROM agreement WHERE id = ?", ids, (delete, id) -> delete.setObject(1, id));
    }

    public PanacheQuery<AgreementEntity> search(String party, String type, String stage) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (party != null) {
            conditions.add("concat('-', parties, '-') like :party");
            parameters.and("party", "%-" + party.toUpperCase(Locale.ROOT) + "-%");
        }
        if (type != null) {
            conditions.add("type = :type");
            parameters.and("type", type.toLowerCase(Locale.ROOT));
        }
        if (stage != null) {
            conditions.add("stage = :stage");
            parameters.and("stage", stage.toUpperCase(Locale.ROOT));
        }
        return find(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions),
                Sort.descending("firstDate").and("id"), parameters);
    }
}
