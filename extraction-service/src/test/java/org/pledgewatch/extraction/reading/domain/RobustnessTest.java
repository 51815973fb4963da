package org.pledgewatch.extraction.reading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class RobustnessTest {

    private static final NewsReader READER = ReaderFixtures.READER;

    private static void assertWellFormed(String body, Reading r) {
        assertThat(r).isNotNull();
        for (Observation o : r.observations()) {
            assertThat(body.substring(o.evidence().start(), o.evidence().end())).isEqualTo(o.evidence().quote());
        }
        for (Pledge p : r.pledges()) {
            assertThat(body.substring(p.evidence().start(), p.evidence().end())).isEqualTo(p.evidence().quote());
        }
        for (Agreement a : r.agreements()) {
            assertThat(body.substring(a.evidence().start(), a.evidence().end())).isEqualTo(a.evidence().quote());
        }
    }

    @Test
    void emptyAndBlankBodies() {
        assertThat(READER.read(new ArticleText(null, null, null, null)).observations()).isEmpty();
        assertThat(READER.read(new ArticleText("", null, "fr", null)).observations()).isEmpty();
        assertThat(READER.read(new ArticleText(" \n\t\u00a0 ", null, null, null)).observations()).isEmpty();
        assertThat(READER.read(null).pledges()).isEmpty();
    }

    @Test
    void randomBinaryNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            char[] chars = new char[random.nextInt(3000)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) random.nextInt(i % 2 == 0 ? 0x10000 : 0x250);
            }
            String body = new String(chars);
            assertWellFormed(body, READER.read(new ArticleText(body, null, i % 3 == 0 ? null : "fr",
                    LocalDate.of(2025, 1, 1))));
        }
    }

    @Test
    void randomArticleLikeTextNeverThrows() {
        String[] words = {"le", "commerce", "a", "atteint", "1,5", "milliard", "de", "dollars", "en", "2023", "d'ici",
            "2030", "porter", "signé", "accord", "Kazakhstan", "Chine", ".", ",", "%", "les 21–22", "août", "$", "bn",
            "<p>", "</p>", "&nbsp;", "premier semestre", "depuis", "l'année dernière", "Bichkek", "99999999999999",
            "deux", "cent", "et demi", "protocole", "ratifié", "«", "»", "\n", "M.", "Poutine", "0", "-", "/"};
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(400);
            for (int k = 0; k < n; k++) {
                b.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String body = b.toString();
            assertWellFormed(body, READER.read(new ArticleText(body, null, i % 2 == 0 ? "fr" : "en",
                    i % 5 == 0 ? null : LocalDate.of(2025, 6, 1))));
        }
    }

    @Test
    void aFiveMegabyteBodyIsReadInReasonableTime() {
        StringBuilder b = new StringBuilder(5_300_000);
        String paragraph = "Les échanges entre le Kazakhstan et le Kirghizstan ont atteint 1,7 milliard de dollars en "
                + "2024, et les deux pays veulent les porter à 3 milliards d'ici 2030. Un accord a été signé.\n";
        while (b.length() < 5_000_000) {
            b.append(paragraph);
        }
        String body = b.toString();
        long start = System.nanoTime();
        Reading r = READER.read(new ArticleText(body, null, "fr", LocalDate.of(2025, 1, 1)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(r.observations()).isNotEmpty();
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void pathologicalInputsDoNotHang() {
        String[] bodies = {"1".repeat(200_000), "1 ".repeat(100_000), "<".repeat(100_000), "&".repeat(100_000),
            "a".repeat(300_000), ". ".repeat(100_000), "d'ici ".repeat(50_000), "<p>".repeat(50_000),
            "le 99 février 99999 et le 31 avril 2025 puis 2025-13-45 et 45/45/2025",
            "9".repeat(40) + " milliards de dollars", "les 1–2–3–4–5 août", "\uD800\uDC00\uD800"};
        for (String body : bodies) {
            long start = System.nanoTime();
            assertWellFormed(body, READER.read(new ArticleText(body, null, "fr", LocalDate.of(2025, 1, 1))));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void concurrentReadsGiveTheSameFindings() throws Exception {
        String body = "Le Kazakhstan et l'Ouzbékistan ont signé un accord le 22 décembre 2024 à Khiva. Les échanges ont "
                + "atteint 4,4 milliards de dollars en 2023 et les deux pays veulent les porter à 10 milliards d'ici 2030.";
        ArticleText article = new ArticleText(body, null, "fr", LocalDate.of(2024, 12, 24));
        Reading expected = READER.read(article);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Reading>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> READER.read(article)));
            }
            for (Future<Reading> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.observations()).isNotEmpty();
        assertThat(expected.pledges()).isNotEmpty();
        assertThat(expected.agreements()).isNotEmpty();
    }
}
