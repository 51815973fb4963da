package org.pledgewatch.commitments.agreements.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<AgreementEntity, UUID> {

    public List<AgreementEntity> between(String partiesKey) {
        return list("parties", partiesKey);
    }

    /** The agreements between each of these sets of parties (by key), in one query. */
    public Map<String, List<AgreementEntity>> between(Collection<String> partiesKeys) {
        Map<String, List<AgreementEntity>> byParties = new HashMap<>();
        if (!partiesKeys.isEmpty()) {
            list("parties in ?1", Set.copyOf(partiesKeys))
                    .forEach(entity -> byParties.computeIfAbsent(entity.parties, k -> new ArrayList<>()).add(entity));
        }
        return byParties;
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
