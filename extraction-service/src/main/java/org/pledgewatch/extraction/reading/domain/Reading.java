package org.pledgewatch.extraction.reading.domain;

import java.util.List;

/**
 * Everything the reader found in one article.
 *
 * @param language ISO 639-1 code of the text as declared or detected; findings are empty when the reader does
 *                 not read that language ({@code languageSupported} false)
 */
public record Reading(
        String language,
        boolean languageSupported,
        List<Pledge> pledges,
        List<Observation> observations,
        List<Agreement> agreements) {

    public Reading {
        pledges = List.copyOf(pledges);
        observations = List.copyOf(observations);
        agreements = List.copyOf(agreements);
    }

    public static Reading nothingIn(String language, boolean languageSupported) {
        return new Reading(language, languageSupported, List.of(), List.of(), List.of());
    }
}
