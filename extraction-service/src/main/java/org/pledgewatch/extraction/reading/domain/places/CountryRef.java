package org.pledgewatch.extraction.reading.domain.places;

/**
 * A mention of a country at folded [start, end): its name, an adjective, a leader, or a capital used for its
 * government. {@code placeOnly} marks a city written as a location ("à Bichkek"), which says where something
 * happened but not who took part.
 */
public record CountryRef(int start, int end, String code, Source source, boolean placeOnly, String name) {

    public enum Source {
        NAME,
        LEADER,
        CITY
    }
}
