package org.pledgewatch.extraction.reading.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.lexicon.Lexicon;

class SentenceSplitterTest {

    private static final Lexicon FR = Lexicon.load("fr");

    private static List<String> sentences(String body) {
        NormalizedText t = TextNormalizer.normalize(body);
        PageCleaner pages = new PageCleaner(FR.lineRules());
        return new SentenceSplitter(FR.abbreviations()).split(t, pages.articleLines(t)).stream()
                .map(s -> t.folded().substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsOnPeriodsButNotAfterAbbreviationsDecimalsOrInitials() {
        assertThat(sentences("M. Poutine est arrivé le 25 novembre. Il a signé 1,5 accord. J. Biden aussi."))
                .containsExactly("m. poutine est arrive le 25 novembre.", "il a signe 1,5 accord.",
                        "j. biden aussi.");
    }

    @Test
    void aLineIsAlwaysItsOwnSentence() {
        assertThat(sentences("Titre sans point\nPremier paragraphe. Deuxième phrase."))
                .containsExactly("titre sans point", "premier paragraphe.", "deuxieme phrase.");
    }

    @Test
    void bylinesDatesSlugsAndFootersAreNotText() {
        assertThat(sentences("Le titre\nsommet-kazakhstan-kirghizstan\nLe texte.\nPar Païsiy Ukhanov\nLe 08/25/2025\n"
                + "Newsletter\nPour rester informé des actualités"))
                .containsExactly("le titre", "le texte.");
    }

    @Test
    void aRelatedArticleHeadlineIsNotText() {
        assertThat(sentences("Le texte.\nÀ lire aussi\nLe Kazakhstan et la Chine signent un accord"))
                .containsExactly("le texte.");
    }

    @Test
    void aLongRunWithoutPunctuationIsCut() {
        List<String> s = sentences("mot ".repeat(2000));
        assertThat(s).hasSizeGreaterThan(1).allSatisfy(x -> assertThat(x.length()).isLessThanOrEqualTo(1600));
    }

    @Test
    void aListOfRelatedHeadlinesUnderAMarkerIsNotText() {
        assertThat(sentences("Le texte.\nLire aussi :\nAstana : la zone franche attire des investisseurs\n"
                + "Bakou et Tachkent signent un traité d'alliance\n\nLe dernier paragraphe."))
                .containsExactly("le texte.", "le dernier paragraphe.");
        assertThat(sentences("Le texte.\nÀ lire également\n→ Un accord signé à Douchanbé\n→ Un autre titre"))
                .containsExactly("le texte.");
        // An inline "Lire aussi : titre" no longer hides the paragraph that follows it.
        assertThat(sentences("Lire aussi : Un titre\nLe paragraphe suivant est un vrai texte qui se termine par un "
                + "point et qui est bien plus long que le titre d'un autre article de ce site."))
                .hasSize(1);
    }
}
