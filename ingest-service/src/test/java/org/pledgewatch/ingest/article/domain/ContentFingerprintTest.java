package org.pledgewatch.ingest.article.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    @Test
    void spacingCaseQuotesAndDashesDoNotMakeANewArticle() {
        assertThat(ContentFingerprint.of("Le sommet — « historique », a dit   le président."))
                .isEqualTo(ContentFingerprint.of("le sommet - \"historique\", a dit le président"));
    }

    @Test
    void aChangedFigureDoes() {
        assertThat(ContentFingerprint.of("Trade reached 1.7 billion dollars."))
                .isNotEqualTo(ContentFingerprint.of("Trade reached 1.8 billion dollars."));
    }
}
