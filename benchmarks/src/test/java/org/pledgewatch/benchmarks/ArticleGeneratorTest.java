package org.pledgewatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.ArticleText;
import org.pledgewatch.extraction.reading.domain.NewsReader;
import org.pledgewatch.extraction.reading.domain.Reading;

/** The load the benchmark sends must be what the issue asks for, or its figures measure something else. */
class ArticleGeneratorTest {

    private static List<Article> generate(long seed, int count, double duplicateShare) {
        ArticleGenerator generator = new ArticleGenerator(seed, "t", duplicateShare);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(generator.next());
        }
        return articles;
    }

    @Test
    void articlesAreFrenchAndEnglishOfTwoToSixKilobytes() {
        List<Article> articles = generate(1, 400, 0);

        assertThat(articles).allSatisfy(article -> assertThat(article.body().getBytes(StandardCharsets.UTF_8).length)
                .isBetween(2048, 6144));
        assertThat(articles).extracting(Article::language).contains("fr", "en").containsOnly("fr", "en");
    }

    @Test
    void theSameSeedWritesTheSameArticles() {
        assertThat(generate(7, 50, 0.1)).isEqualTo(generate(7, 50, 0.1));
    }

    @Test
    void aShareOfArticlesRepeatsAnEarlierOneAndOriginalsAreDistinct() {
        List<Article> articles = generate(3, 2000, 0.1);

        long duplicates = articles.stream().filter(Article::isDuplicate).count();
        assertThat(duplicates).isBetween(150L, 250L);
        Set<String> urls = new HashSet<>();
        Set<String> fingerprints = new HashSet<>();
        articles.stream().filter(article -> !article.isDuplicate()).forEach(article -> {
            assertThat(urls.add(article.url())).as("unique URL %s", article.url()).isTrue();
            assertThat(fingerprints.add(ArticleGenerator.fingerprint(article.body()))).isTrue();
        });
    }

    @Test
    void theReaderFindsPledgesFiguresAndAgreementsInThem() {
        NewsReader reader = new NewsReader();
        int withFigures = 0;
        int pledges = 0;
        int agreements = 0;
        List<Article> articles = generate(5, 200, 0);
        for (Article article : articles) {
            Reading reading = reader.read(new ArticleText(article.body(), article.title(), article.language(),
                    LocalDate.parse(article.publishedAt())));
            withFigures += reading.observations().isEmpty() ? 0 : 1;
            pledges += reading.pledges().size();
            agreements += reading.agreements().size();
        }
        assertThat(withFigures).as("articles with a reported figure").isGreaterThan(articles.size() * 8 / 10);
        assertThat(pledges).as("pledges").isGreaterThan(articles.size() / 4);
        assertThat(agreements).as("agreements").isGreaterThan(articles.size() / 10);
    }
}
