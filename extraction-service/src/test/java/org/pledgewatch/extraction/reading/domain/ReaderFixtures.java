package org.pledgewatch.extraction.reading.domain;

import java.time.LocalDate;

/** One reader for all unit tests: building the automata once keeps the suite fast. */
public final class ReaderFixtures {

    public static final NewsReader READER = new NewsReader();

    private ReaderFixtures() {
    }

    public static Reading readFr(String body, String published) {
        return READER.read(new ArticleText(body, null, "fr", published == null ? null : LocalDate.parse(published)));
    }

    public static Reading readEn(String body, String published) {
        return READER.read(new ArticleText(body, null, "en", published == null ? null : LocalDate.parse(published)));
    }
}
