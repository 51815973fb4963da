package org.pledgewatch.extraction.reading.domain.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.pledgewatch.extraction.reading.domain.text.Folding;

/**
 * Finds dictionary keys in a text as whole words: a key matches where it starts a word (or starts with a character
 * that is not part of a word) and ends one. The trie is walked from each such start, so only whole-word matches are
 * ever looked at, and its transitions live in one open-addressing table of primitive keys. This replaced an
 * Aho-Corasick automaton that found every occurrence, inside words too, through a map of boxed characters per
 * state: a third of the reading time, for matches that were then mostly thrown away.
 */
final class WordTrie<T> {

    /** A key found: {@code [start, end)} in the text, and what the key carries. */
    record Match<T>(int start, int end, T payload) {
    }

    private static final long EMPTY = -1L;

    /** Children of the root by ASCII character, -1 for none: every word start looks one up. */
    private static final int ROOT_TABLE = 128;

    private final long[] keys;
    private final int[] children;
    private final int mask;
    private final List<T> payloads;
    private final int[] rootChildren = new int[ROOT_TABLE];
    /** {@link #payloads} once built, for a lookup without the list's index checks. */
    private T[] payloadArray;

    private WordTrie(long[] keys, int[] children, List<T> payloads) {
        this.keys = keys;
        this.children = children;
        this.mask = keys.length - 1;
        this.payloads = payloads;
        Arrays.fill(rootChildren, -1);
    }

    static <T> WordTrie<T> of(Map<String, T> entries) {
        int characters = entries.keySet().stream().mapToInt(String::length).sum();
        int capacity = Integer.highestOneBit(Math.max(16, characters * 2)) << 1;
        long[] keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        int[] children = new int[capacity];
        List<T> payloads = new ArrayList<>();
        payloads.add(null);
        WordTrie<T> trie = new WordTrie<>(keys, children, payloads);
        entries.forEach((key, payload) -> {
            if (!key.isEmpty()) {
                trie.add(key, payload);
            }
        });
        trie.payloadArray = trie.payloads.toArray(newArray(trie.payloads.size()));
        return trie;
    }

    private void add(String key, T payload) {
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            int next = child(node, key.charAt(i));
            if (next < 0) {
                next = payloads.size();
                payloads.add(null);
                put(node, key.charAt(i), next);
                if (node == 0 && key.charAt(i) < ROOT_TABLE) {
                    rootChildren[key.charAt(i)] = next;
                }
            }
            node = next;
        }
        payloads.set(node, payload);
    }

    /** Every whole-word match in {@code text}, by start, then by end. */
    List<Match<T>> find(String text) {
        // A char array and word flags computed once per character: String.charAt's checks and the Unicode
        // lookup of Character.isLetterOrDigit were a third of this walk.
        char[] chars = text.toCharArray();
        int length = chars.length;
        boolean[] word = new boolean[length + 1];
        for (int i = 0; i < length; i++) {
            word[i] = Folding.isWordChar(chars[i]);
        }
        List<Match<T>> matches = new ArrayList<>();
        for (int start = 0; start < length; start++) {
            if (word[start] && start > 0 && word[start - 1]) {
                continue;
            }
            char first = chars[start];
            int node = first < ROOT_TABLE ? rootChildren[first] : child(0, first);
            for (int end = start; node >= 0; ) {
                T payload = payloadArray[node];
                if (payload != null && (!word[end] || !word[end + 1])) {
                    matches.add(new Match<>(start, end + 1, payload));
                }
                if (++end >= length) {
                    break;
                }
                node = child(node, chars[end]);
            }
        }
        return matches;
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] newArray(int size) {
        return (T[]) new Object[size];
    }

    private int child(int node, char c) {
        long key = ((long) node << 16) | c;
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long found = keys[slot];
            if (found == key) {
                return children[slot];
            }
            if (found == EMPTY) {
                return -1;
            }
        }
    }

    private void put(int node, char c, int child) {
        long key = ((long) node << 16) | c;
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        children[slot] = child;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
