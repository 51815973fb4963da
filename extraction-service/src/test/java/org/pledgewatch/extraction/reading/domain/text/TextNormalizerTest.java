package org.pledgewatch.extraction.reading.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.Span;

class TextNormalizerTest {

    @Test
    void foldsCaseAccentsDashesSpacesAndQuotes() {
        NormalizedText t = TextNormalizer.normalize("Échanges\u00a0kazakho\u2011kirghizes : l\u2019accord «\u202fsigné\u202f»");
        assertThat(t.folded()).isEqualTo("echanges kazakho-kirghizes : l'accord \" signe \"");
    }

    @Test
    void everyFoldedRangeMapsBackToTheOriginal() {
        String body = "Le sommet Tokaïev–Japarov, les 21–22 août 2025, à Bichkek.\n\n  Œuvre   commune.";
        NormalizedText t = TextNormalizer.normalize(body);
        int at = t.folded().indexOf("bichkek");
        Span span = t.span(at, at + "bichkek".length());
        assertThat(span.quote()).isEqualTo("Bichkek");
        assertThat(body.substring(span.start(), span.end())).isEqualTo(span.quote());
        int oe = t.folded().indexOf("oeuvre");
        assertThat(t.span(oe, oe + 6).quote()).isEqualTo("Œuvre");
    }

    @Test
    void htmlTagsAreDroppedButOffsetsPointIntoTheHtml() {
        String body = "<p>Le commerce a atteint <b>1,7&nbsp;milliard</b> de dollars.</p><script>var x = '9 milliards';</script>"
                + "<figure><figcaption>Photo: 5 milliards</figcaption></figure><p>Fin.</p>";
        NormalizedText t = TextNormalizer.normalize(body);
        assertThat(t.folded()).contains("le commerce a atteint 1,7 milliard de dollars.");
        assertThat(t.folded()).doesNotContain("9 milliards").doesNotContain("photo");
        int at = t.folded().indexOf("1,7 milliard");
        Span span = t.span(at, at + "1,7 milliard".length());
        assertThat(span.quote()).isEqualTo("1,7&nbsp;milliard");
        assertThat(body.substring(span.start(), span.end())).isEqualTo(span.quote());
    }

    @Test
    void aLoneLessThanSignInProseIsText() {
        assertThat(TextNormalizer.normalize("moins de 5 < 7 et a<b").folded()).isEqualTo("moins de 5 < 7 et a<b");
    }

    @Test
    void brokenMarkupNeverThrows() {
        for (String s : new String[] {"<p", "<p><b>", "<!-- open", "<script>never closed", "&#xZZZ; &#99999999; &",
            "<div " + "a".repeat(10_000)}) {
            assertThat(TextNormalizer.normalize(s)).isNotNull();
        }
    }
}
