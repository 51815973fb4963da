package org.pledgewatch.commitments.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.KG_KZ;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.KG_RU;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.RATIFICATION_2024;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.SUMMIT_2024;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.agreement;
import static org.pledgewatch.commitments.facts.domain.FactFixtures.scenarioAgreements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.pledgewatch.commitments.facts.domain.AgreementFact;

class AgreementLinkerTest {

    @Test
    void theAstanaTreatyIsOneAgreementSignedThenRatifiedWithTwoSources() {
        TrackedAgreement treaty = AgreementLinker.link(scenarioAgreements()).stream()
                .filter(a -> a.parties().equals(KG_KZ) && a.type().equals("agreement")).findFirst().orElseThrow();

        assertThat(treaty.steps()).extracting(AgreementStep::action)
                .containsExactly(AgreementFact.Action.SIGNED, AgreementFact.Action.RATIFIED);
        assertThat(treaty.steps().get(0).date().text()).isEqualTo("2024-04");
        assertThat(treaty.place()).isEqualTo("Astana");
        assertThat(treaty.sourceArticles()).containsExactlyInAnyOrder(SUMMIT_2024, RATIFICATION_2024);
        assertThat(treaty.stage()).isEqualTo(AgreementFact.Action.RATIFIED);
    }

    @Test
    void theRussianDeclarationIsItsOwnAgreement() {
        List<TrackedAgreement> agreements = AgreementLinker.link(scenarioAgreements());
        assertThat(agreements).hasSize(4);
        TrackedAgreement declaration = agreements.stream().filter(a -> a.parties().equals(KG_RU)).findFirst().orElseThrow();
        assertThat(declaration.type()).isEqualTo("declaration");
        assertThat(declaration.place()).isEqualTo("Bishkek");
        assertThat(declaration.steps().get(0).date().text()).isEqualTo("2025-11-26");
    }

    @Test
    void aRatificationOfAnUnreportedSigningStartsItsOwnAgreement() {
        List<TrackedAgreement> agreements = AgreementLinker.link(List.of(agreement("r", KG_KZ, "treaty",
                AgreementFact.Action.RATIFIED, "2024-06", null, "2024-04-19", "2024-06-15")));
        assertThat(agreements).hasSize(1);
        assertThat(agreements.get(0).steps()).extracting(AgreementStep::action)
                .containsExactly(AgreementFact.Action.SIGNED, AgreementFact.Action.RATIFIED);
        assertThat(agreements.get(0).steps().get(0).date().text()).isEqualTo("2024-04-19");
    }

    @Test
    void theSameSigningReportedTwiceIsOneStep() {
        List<TrackedAgreement> agreements = AgreementLinker.link(List.of(
                agreement("x", KG_KZ, "roadmap", AgreementFact.Action.SIGNED, "2025-08-21", "Bishkek", null, "2025-08-22"),
                agreement("y", KG_KZ, "roadmap", AgreementFact.Action.SIGNED, "2025-08", null, null, "2025-09-02")));
        assertThat(agreements).hasSize(1);
        assertThat(agreements.get(0).steps()).hasSize(1);
        assertThat(agreements.get(0).steps().get(0).reports()).hasSize(2);
        assertThat(agreements.get(0).steps().get(0).date().text()).isEqualTo("2025-08-21");
    }

    @Test
    void orderOfArrivalDoesNotMatter() {
        List<TrackedAgreement> expected = AgreementLinker.link(scenarioAgreements());
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<AgreementFact> shuffled = new ArrayList<>(scenarioAgreements());
            Collections.shuffle(shuffled, random);
            assertThat(AgreementLinker.link(shuffled)).isEqualTo(expected);
        }
    }
}
