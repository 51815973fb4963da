package org.pledgewatch.ingest.article.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void theSamePageUnderItsUsualDisguisesHasOneCanonicalForm() {
        String canonical = CanonicalUrl.of("https://news.example.org/2025/08/summit").orElseThrow();
        assertThat(CanonicalUrl.of("http://WWW.News.Example.org:80/2025/08/summit/")).contains(canonical);
        assertThat(CanonicalUrl.of("https://news.example.org/2025/08/summit?utm_source=feed&utm_medium=rss")).contains(canonical);
        assertThat(CanonicalUrl.of("https://news.example.org/2025/08/summit#comments")).contains(canonical);
    }

    @Test
    void meaningfulQueryParametersAreKeptInOneOrder() {
        assertThat(CanonicalUrl.of("https://x.org/a?b=2&a=1&fbclid=zz")).isEqualTo(CanonicalUrl.of("https://x.org/a?a=1&b=2"));
        assertThat(CanonicalUrl.of("https://x.org/a?id=1")).isNotEqualTo(CanonicalUrl.of("https://x.org/a?id=2"));
    }

    @Test
    void onlyAbsoluteWebUrlsHaveOne() {
        assertThat(CanonicalUrl.of("/relative/path")).isEmpty();
        assertThat(CanonicalUrl.of("mailto:someone@x.org")).isEmpty();
        assertThat(CanonicalUrl.of("https://x.org/a b")).isEmpty();
    }
}
