package org.pledgewatch.extraction.reading.domain.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The mentions of one article in text order, with the range queries the grammars need. */
public final class MentionIndex {

    private final List<Mention> mentions;
    private final int[] starts;

    public MentionIndex(List<Mention> mentionsInOrder) {
        this.mentions = List.copyOf(mentionsInOrder);
        this.starts = new int[mentions.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = mentions.get(i).start();
        }
    }

    public List<Mention> all() {
        return mentions;
    }

    /** Mentions that start in [from, to). */
    public List<Mention> between(int from, int to) {
        int a = firstAtOrAfter(from);
        int b = firstAtOrAfter(to);
        return a >= b ? List.of() : mentions.subList(a, b);
    }

    public List<Mention> between(int from, int to, TermKind kind) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : between(from, to)) {
            if (m.kind() == kind) {
                out.add(m);
            }
        }
        return out;
    }

    /** The last mention of {@code kind} that ends at or before {@code to} and starts at or after {@code from}. */
    public Mention lastBefore(int from, int to, TermKind kind) {
        List<Mention> range = between(from, to);
        for (int i = range.size() - 1; i >= 0; i--) {
            Mention m = range.get(i);
            if (m.kind() == kind && m.end() <= to) {
                return m;
            }
        }
        return null;
    }

    public Mention lastBefore(int from, int to, Predicate<Mention> test) {
        List<Mention> range = between(from, to);
        for (int i = range.size() - 1; i >= 0; i--) {
            Mention m = range.get(i);
            if (m.end() <= to && test.test(m)) {
                return m;
            }
        }
        return null;
    }

    public Mention firstAfter(int from, int to, Predicate<Mention> test) {
        for (Mention m : between(from, to)) {
            if (test.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** Mentions that start exactly at {@code position}. */
    public List<Mention> startingAt(int position) {
        return between(position, position + 1);
    }

    /** Mentions that end exactly at {@code position}, searched among those starting within 60 characters. */
    public List<Mention> endingAt(int position) {
        List<Mention> out = new ArrayList<>(2);
        for (Mention m : between(Math.max(0, position - 60), position)) {
            if (m.end() == position) {
                out.add(m);
            }
        }
        return out;
    }

    private int firstAtOrAfter(int position) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
