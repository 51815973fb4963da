package org.pledgewatch.extraction.reading.domain.places;

/**
 * A mention of a country at folded [start, end): its name, an adjective, a leader, or a capital used for its
 * government. {@code placeOnly} marks a city written as a location ("à Bichkek") or a country crossed on the way
 * ("via l'Iran"), which says where something happened but not who took part. {@code rival} marks a country named
 * only to rank another ("deuxième partenaire derrière la Russie", "ahead of Russia"): no party, unless a figure is
 * its own ("ahead of Russia at $9.6 billion"). A group ("the five Central Asian states") is one ref per member, all
 * with the group's span and source {@code GROUP}.
 */
public record CountryRef(int start, int end, String code, Source source, boolean placeOnly, String name,
        boolean rival) {

    public CountryRef(int start, int end, String code, Source source, boolean placeOnly, String name) {
        this(start, end, code, source, placeOnly, name, false);
    }

    public enum Source {
        NAME,
        LEADER,
        CITY,
        /** One member of a group named as one ("les cinq pays d'Asie centrale"): every member shares the span. */
        GROUP
    }
}
