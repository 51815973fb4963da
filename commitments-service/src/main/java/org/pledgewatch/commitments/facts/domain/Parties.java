package org.pledgewatch.commitments.facts.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The countries a fact is about: ISO 3166-1 alpha-2 codes, upper case, sorted, without repeats. Equal when their
 * codes are. Immutable; the key is built once, since every fact row read and every group lookup asks for it.
 */
public final class Parties {

    /** Keys seen in the stored rows are few (pairs of countries); past this many, parse stops remembering them. */
    private static final int REMEMBERED_KEYS = 10_000;
    private static final Map<String, Parties> PARSED = new ConcurrentHashMap<>();

    private final List<String> codes;
    private final String key;

    public Parties(List<String> codes) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String code : codes) {
            if (code != null && !code.isBlank()) {
                sorted.add(code.trim().toUpperCase(Locale.ROOT));
            }
        }
        this.codes = List.copyOf(sorted);
        this.key = String.join("-", this.codes);
    }

    public static Parties of(Collection<String> codes) {
        return new Parties(List.copyOf(codes == null ? List.of() : codes));
    }

    public static Parties parse(String key) {
        if (key == null || key.isBlank()) {
            return new Parties(List.of());
        }
        Parties known = PARSED.get(key);
        if (known != null) {
            return known;
        }
        Parties parsed = new Parties(List.of(key.split("-")));
        if (PARSED.size() < REMEMBERED_KEYS) {
            PARSED.putIfAbsent(key, parsed);
        }
        return parsed;
    }

    public List<String> codes() {
        return codes;
    }

    /** "KG-KZ": the form stored and used in group keys. */
    public String key() {
        return key;
    }

    public boolean includes(String code) {
        return codes.contains(code.toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parties that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
