package org.pledgewatch.ingest.article.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.pledgewatch.contracts.article.ArticleSubmission;

class SubmissionValidatorTest {

    private final SubmissionValidator validator = new SubmissionValidator(SubmissionLimits.withMaxBodyBytes(1000),
            Clock.fixed(Instant.parse("2025-09-01T12:00:00Z"), ZoneOffset.UTC));

    private Validation validate(String title, String body, String url, String language, String publishedAt) {
        return validator.validate(new ArticleSubmission(title, body, url, "wire", language, publishedAt));
    }

    private static String field(Validation validation) {
        assertThat(validation).isInstanceOf(Validation.Invalid.class);
        return ((Validation.Invalid) validation).violations().get(0).field();
    }

    @Test
    void aPlainArticleIsValidWithItsKeys() {
        Validation validation = validate("Title", "Some text.", "https://www.Example.org/a/?utm_source=x#top", "FR",
                "2025-08-25T09:30:00+06:00");
        ValidArticle article = ((Validation.Valid) validation).article();
        assertThat(article.canonicalUrl()).isEqualTo("//example.org/a");
        assertThat(article.language()).isEqualTo("fr");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-08-25T03:30:00Z"));
        assertThat(article.contentHash()).hasSize(64);
    }

    @Test
    void withoutAPublicationDateTheArticleIsDatedNow() {
        ValidArticle article = ((Validation.Valid) validate(null, "Text.", null, null, null)).article();
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-09-01T12:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing body          | title |            | https://x.org/a | en | 2025-01-01 | body",
            "blank body            | title | '   '      | https://x.org/a | en | 2025-01-01 | body",
            "not a URL             | title | text       | not a url       | en | 2025-01-01 | url",
            "ftp URL               | title | text       | ftp://x.org/a   | en | 2025-01-01 | url",
            "language not ISO      | title | text       | https://x.org/a | french | 2025-01-01 | language",
            "date not ISO          | title | text       | https://x.org/a | en | 25/08/2025 | publishedAt",
            "impossible date       | title | text       | https://x.org/a | en | 2025-13-45 | publishedAt",
            "date before 1900      | title | text       | https://x.org/a | en | 0001-01-01 | publishedAt",
            "date in the future    | title | text       | https://x.org/a | en | 2999-01-01 | publishedAt" })
    void eachBadFieldIsNamed(String caseName, String title, String body, String url, String language,
            String publishedAt, String expectedField) {
        assertThat(field(validate(title, body, url, language, publishedAt))).isEqualTo(expectedField);
    }

    @Test
    void controlCharactersAreRefusedWhereTheyAppear() {
        assertThat(field(validate("title", "a" + (char) 0 + "b", null, null, null))).isEqualTo("body");
        assertThat(field(validate("two\nlines", "text", null, null, null))).isEqualTo("title");
        assertThat(validate("title", "line one\nline two\ttabbed", null, null, null)).isInstanceOf(Validation.Valid.class);
    }

    @Test
    void anUnpairedSurrogateIsRefused() {
        assertThat(field(validate("title", "broken " + (char) 0xD800 + " text", null, null, null))).isEqualTo("body");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithItsSize() {
        Validation validation = validate("t", "é".repeat(600), null, null, null);
        assertThat(((Validation.Invalid) validation).summary()).contains("1200 bytes").contains("limit is 1000");
    }

    @Test
    void markupInATitleIsKeptAsText() {
        ValidArticle article = ((Validation.Valid) validate("<script>alert(1)</script>", "Text.", null, null, null))
                .article();
        assertThat(article.title()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void theUtf8LengthOfABodyIsWhatEncodingItWouldGive() {
        String alphabet = "a\u00E9\u20AC\u4E2D\uD83D\uDE00\uD800\uDC00\u0000\u07FF\u0800\uFFFF";
        SplittableRandom random = new SplittableRandom(7);
        for (int sample = 0; sample < 5_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String body = text.toString();
            assertThat(SubmissionValidator.utf8Length(body)).as(body)
                    .isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
