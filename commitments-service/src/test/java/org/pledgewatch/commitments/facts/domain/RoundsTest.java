package org.pledgewatch.commitments.facts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RoundsTest {

    @Test
    void aRoundEndsBeforeItWouldHoldTooManyFacts() {
        Map<String, Integer> sizes = Map.of("a", 300, "b", 500, "c", 300, "d", 100);

        assertThat(Rounds.of(List.of("a", "b", "c", "d"), sizes, 1000, 64))
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void aRoundEndsAtTheGroupLimitEvenWithFewFacts() {
        assertThat(Rounds.of(List.of("a", "b", "c", "d", "e"), Map.of(), 1000, 2))
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
    }

    @Test
    void aGroupLargerThanTheLimitIsARoundOfItsOwn() {
        Map<String, Integer> sizes = Map.of("small", 10, "huge", 5000, "other", 10);

        assertThat(Rounds.of(List.of("small", "huge", "other"), sizes, 1000, 64))
                .containsExactly(List.of("small"), List.of("huge"), List.of("other"));
    }

    @Test
    void everyGroupIsInExactlyOneRoundInItsOrder() {
        List<Integer> groups = IntStream.range(0, 500).boxed().toList();
        Map<Integer, Integer> sizes = new HashMap<>();
        groups.forEach(g -> sizes.put(g, (g * 37) % 400));

        List<List<Integer>> rounds = Rounds.of(groups, sizes, 1000, 64);

        assertThat(rounds.stream().flatMap(List::stream).toList()).isEqualTo(groups);
        assertThat(rounds).allSatisfy(round -> {
            assertThat(round).hasSizeLessThanOrEqualTo(64);
            assertThat(round.size() == 1 || round.stream().mapToInt(sizes::get).sum() <= 1000).isTrue();
        });
    }

    @Test
    void noGroupsNoRounds() {
        assertThat(Rounds.of(List.<String>of(), Map.of(), 1000, 64)).isEmpty();
    }
}
