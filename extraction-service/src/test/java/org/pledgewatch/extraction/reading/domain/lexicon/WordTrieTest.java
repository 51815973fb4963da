package org.pledgewatch.extraction.reading.domain.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class WordTrieTest {

    private static final WordTrie<String> TRIE = WordTrie.of(Map.of(
            "trade", "TRADE", "trade turnover", "TURNOVER", "bn", "BN", "$", "DOLLAR", "us$", "USD", "-", "DASH"));

    @Test
    void findsKeysThatAreWholeWordsOnly() {
        assertThat(TRIE.find("trade turnover rose; tradeoffs and retrade do not count"))
                .containsExactly(match(0, 5, "TRADE"), match(0, 14, "TURNOVER"));
    }

    @Test
    void keysThatStartOrEndWithPunctuationMatchBesideWords() {
        assertThat(TRIE.find("us$1.5bn, or $2bn")).containsExactly(match(0, 3, "USD"), match(2, 3, "DOLLAR"),
                match(13, 14, "DOLLAR"));
        assertThat(TRIE.find("a 2-bn plan")).containsExactly(match(3, 4, "DASH"), match(4, 6, "BN"));
    }

    @Test
    void emptyTextsAndDictionariesFindNothing() {
        assertThat(TRIE.find("")).isEmpty();
        assertThat(WordTrie.of(Map.<String, String>of()).find("trade")).isEmpty();
    }

    /** The same matches as the definition: every occurrence of every key that neither starts nor ends inside a word. */
    @Test
    void agreesWithABruteForceSearchOnRandomTexts() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : List.of("a", "ab", "abc", "b a", "ba", "c", "a-b", "-", "ca b", "bc ")) {
            keys.put(key, key.toUpperCase());
        }
        WordTrie<String> trie = WordTrie.of(keys);
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "abc -.";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(trie.find(text.toString())).as(text.toString())
                    .containsExactlyInAnyOrderElementsOf(bruteForce(text.toString(), keys));
        }
    }

    private static List<WordTrie.Match<String>> bruteForce(String text, Map<String, String> keys) {
        List<WordTrie.Match<String>> found = new ArrayList<>();
        for (Map.Entry<String, String> key : keys.entrySet()) {
            for (int start = text.indexOf(key.getKey()); start >= 0; start = text.indexOf(key.getKey(), start + 1)) {
                int end = start + key.getKey().length();
                boolean startsInsideWord = Character.isLetterOrDigit(text.charAt(start)) && start > 0
                        && Character.isLetterOrDigit(text.charAt(start - 1));
                boolean endsInsideWord = Character.isLetterOrDigit(text.charAt(end - 1)) && end < text.length()
                        && Character.isLetterOrDigit(text.charAt(end));
                if (!startsInsideWord && !endsInsideWord) {
                    found.add(new WordTrie.Match<>(start, end, key.getValue()));
                }
            }
        }
        return found;
    }

    private static WordTrie.Match<String> match(int start, int end, String payload) {
        return new WordTrie.Match<>(start, end, payload);
    }
}
