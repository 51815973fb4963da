package org.pledgewatch.commitments.facts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits the groups to recompute into rounds that each hold a bounded number of facts: a round reads all the facts
 * of its groups at once, and a few busy groups can hold more facts than a fixed number of groups would suggest.
 */
public final class Rounds {

    private Rounds() {
    }

    /**
     * Consecutive rounds, in the given order, of at most {@code maxGroups} groups and {@code maxFacts} facts
     * ({@code sizes}; a group not in it counts 0). A group larger than {@code maxFacts} is a round of its own.
     */
    public static <G> List<List<G>> of(List<G> groups, Map<G, Integer> sizes, int maxFacts, int maxGroups) {
        List<List<G>> rounds = new ArrayList<>();
        List<G> round = new ArrayList<>();
        long facts = 0;
        for (G group : groups) {
            int size = sizes.getOrDefault(group, 0);
            if (!round.isEmpty() && (facts + size > maxFacts || round.size() == maxGroups)) {
                rounds.add(round);
                round = new ArrayList<>();
                facts = 0;
            }
            round.add(group);
            facts += size;
        }
        if (!round.isEmpty()) {
            rounds.add(round);
        }
        return rounds;
    }
}
