package org.pledgewatch.commitments.facts.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The countries a fact is about: ISO 3166-1 alpha-2 codes, upper case, sorted, without repeats. */
public record Parties(List<String> codes) {

    public Parties {
        TreeSet<String> sorted = new TreeSet<>();
        for (String code : codes) {
            if (code != null && !code.isBlank()) {
                sorted.add(code.trim().toUpperCase(Locale.ROOT));
            }
        }
        codes = List.copyOf(sorted);
    }

    public static Parties of(Collection<String> codes) {
        return new Parties(List.copyOf(codes == null ? List.of() : codes));
    }

    public static Parties parse(String key) {
        return key == null || key.isBlank() ? new Parties(List.of()) : new Parties(List.of(key.split("-")));
    }

    /** "KG-KZ": the form stored and used in group keys. */
    public String key() {
        return String.join("-", codes);
    }

    public boolean includes(String code) {
        return codes.contains(code.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return key();
    }
}
