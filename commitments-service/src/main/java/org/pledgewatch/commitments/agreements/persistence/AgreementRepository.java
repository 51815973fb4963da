package org.pledgewatch.commitments.agreements.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pledgewatch.commitments.persistence.Fingerprint;
import org.pledgewatch.commitments.persistence.PartyFilter;
import org.pledgewatch.jdbc.Jdbc;
import org.pledgewatch.jdbc.Slice;
import org.pledgewatch.jdbc.Where;

@ApplicationScoped
public class AgreementRepository {

    private static final String COLUMNS =
            "id, type, title, parties, place, stage, first_date, signed_on, ratified_on, source_count, fingerprint";
    private static final String UPSERT = """
            INSERT INTO agreement (id, type, title, parties, place, stage, first_date, signed_on, ratified_on,
                                   source_count, fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, title = EXCLUDED.title, parties = EXCLUDED.parties,
                place = EXCLUDED.place, stage = EXCLUDED.stage, first_date = EXCLUDED.first_date,
                signed_on = EXCLUDED.signed_on, ratified_on = EXCLUDED.ratified_on,
                source_count = EXCLUDED.source_count, fingerprint = EXCLUDED.fingerprint""";
    private static final String NEWEST_FIRST = "first_date DESC, id";

    private final Jdbc jdbc;

    AgreementRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The fingerprint of each stored agreement between each of these sets of parties (by key), in one query that
     * reads nothing else.
     */
    public Map<String, Map<UUID, String>> fingerprintsBetween(Collection<String> partiesKeys) {
        Map<String, Map<UUID, String>> byParties = new HashMap<>();
        if (!partiesKeys.isEmpty()) {
            jdbc.query("SELECT id, parties, fingerprint FROM agreement WHERE parties = ANY (?)",
                    List.of(Jdbc.ArrayParameter.text(partiesKeys)), 1000,
                    row -> byParties.computeIfAbsent(row.getString("parties"), k -> new HashMap<>())
                            .put(row.getObject("id", UUID.class), row.getString("fingerprint")));
        }
        return byParties;
    }

    /** The digest of everything else an agreement row stores (see {@link AgreementRow#fingerprint}). */
    public static String fingerprint(AgreementRow a) {
        return Fingerprint.of(a.type, a.title, a.parties, a.place, a.stage, a.firstDate, a.signedOn, a.ratifiedOn,
                a.sourceCount);
    }

    /** Inserts or overwrites these agreements in one statement batch. */
    public void writeAll(List<AgreementRow> rows) {
        jdbc.batch(UPSERT, rows, (upsert, a) -> {
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
        if (!ids.isEmpty()) {
            jdbc.update("DELETE FROM agreement WHERE id = ANY (?)",
                    List.of(new Jdbc.ArrayParameter("uuid", ids.toArray())));
        }
    }

    public Optional<AgreementRow> findById(UUID id) {
        return jdbc.first("SELECT " + COLUMNS + " FROM agreement WHERE id = ?", List.of(id), AgreementRepository::row);
    }

    /** Agreements, newest first, filtered by party, type and stage (null: any). */
    public Slice<AgreementRow> search(String party, String type, String stage, int page, int size) {
        return jdbc.slice("agreement", COLUMNS, where(party, type, stage), NEWEST_FIRST, page, size,
                AgreementRepository::row);
    }

    /** Every agreement one country is party to, newest first. */
    public List<AgreementRow> involving(String party) {
        Where where = where(party, null, null);
        return jdbc.list("SELECT " + COLUMNS + " FROM agreement" + where.sql() + " ORDER BY " + NEWEST_FIRST,
                where.parameters(), AgreementRepository::row);
    }

    /** The parties of every agreement, one entry per agreement. */
    public List<String> allParties() {
        return jdbc.list("SELECT parties FROM agreement", List.of(), row -> row.getString(1));
    }

    private static Where where(String party, String type, String stage) {
        return new Where()
                .and(PartyFilter.CONDITION, party == null ? null : PartyFilter.pattern(party))
                .and("type = ?", type == null ? null : type.toLowerCase(Locale.ROOT))
                .and("stage = ?", stage == null ? null : stage.toUpperCase(Locale.ROOT));
    }

    private static AgreementRow row(ResultSet row) throws SQLException {
        AgreementRow a = new AgreementRow();
        a.id = row.getObject("id", UUID.class);
        a.type = row.getString("type");
        a.title = row.getString("title");
        a.parties = row.getString("parties");
        a.place = row.getString("place");
        a.stage = row.getString("stage");
        a.firstDate = row.getObject("first_date", LocalDate.class);
        a.signedOn = row.getString("signed_on");
        a.ratifiedOn = row.getString("ratified_on");
        a.sourceCount = row.getInt("source_count");
        a.fingerprint = row.getString("fingerprint");
        return a;
    }
}
