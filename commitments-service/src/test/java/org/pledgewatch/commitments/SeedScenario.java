package org.pledgewatch.commitments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.pledgewatch.contracts.EventIds;
import org.pledgewatch.contracts.extraction.AgreementFinding;
import org.pledgewatch.contracts.extraction.Amount;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.contracts.extraction.Evidence;
import org.pledgewatch.contracts.extraction.ObservationFinding;
import org.pledgewatch.contracts.extraction.PledgeFinding;

/**
 * Extraction events equivalent to the five seed articles (Kazakhstan–Kyrgyzstan trade and treaty, a Russian
 * state visit to Kyrgyzstan), with quotes written for these tests. Party codes are parameters so that one test
 * can replay the scenario under codes no other test uses.
 */
public final class SeedScenario {

    public final String kz;
    public final String kg;
    public final String ru;
    private final String run;

    public SeedScenario(String kz, String kg, String ru) {
        this.kz = kz;
        this.kg = kg;
        this.ru = ru;
        this.run = UUID.randomUUID().toString();
    }

    public static SeedScenario withRealCodes() {
        return new SeedScenario("KZ", "KG", "RU");
    }

    public UUID articleId(String name) {
        return EventIds.of(run, name);
    }

    public String url(String name) {
        return "https://news.example.org/" + run + "/" + name;
    }

    public List<ArticleExtractedV1> events() {
        return List.of(summit2024(), ratification2024(), visit2025(), summit2025(), russia2025());
    }

    /** April 2024, Astana: presidents sign a partnership treaty and aim at 2 billion dollars of trade. */
    public ArticleExtractedV1 summit2024() {
        String a = "summit-2024";
        return event(a, "2024-04-22",
                List.of(pledge(a, 0, "trade_turnover", "2", null, null, "2024-04-19",
                        "the two leaders want yearly trade to reach two billion dollars")),
                List.of(figure(a, 0, "trade_turnover", pair(), "1.5", "2023", "actual", null,
                                "trade between them came to 1.5 billion dollars in 2023"),
                        figure(a, 1, "trade_turnover", pair(), "0.3", "2023", "actual", "agriculture",
                                "farm trade grew to 300 million dollars in 2023")),
                List.of(agreement(a, 0, "agreement", "signed", "2024-04", "Astana", null,
                        "a treaty deepening their partnership was signed in Astana")));
    }

    /** June 2024: the Kyrgyz parliament ratifies the April treaty; a lower 2023 figure and a 2024 forecast. */
    public ArticleExtractedV1 ratification2024() {
        String a = "ratification-2024";
        return event(a, "2024-06-15",
                List.of(pledge(a, 0, "trade_turnover", "2", null, null, null,
                        "both governments hope to lift trade to 2 billion dollars soon")),
                List.of(figure(a, 0, "investment", pair(), "1.3", "2005/..", "actual", null,
                                "investment has totalled 1.3 billion dollars since 2005"),
                        figure(a, 1, "trade_turnover", pair(), "1.2", "2023", "actual", null,
                                "in 2023 bilateral trade stood at 1.2 billion dollars"),
                        figure(a, 2, "trade_turnover", pair(), "1.8", "2024", "forecast", null,
                                "it is expected to near 1.8 billion in 2024")),
                List.of(new AgreementFinding(id(a, "agreement", 0), "agreement", "treaty on deeper partnership",
                        pair(), "ratified", "2024-06", null, "2024-04-19",
                        evidence("parliament in Bishkek ratified the treaty signed in April"), 0.85)));
    }

    /** August 2025: a foreign minister's visit; 1.7 billion in 2024 and an ambition of 3 billion. */
    public ArticleExtractedV1 visit2025() {
        String a = "visit-2025";
        return event(a, "2025-08-04",
                List.of(pledge(a, 0, "trade_turnover", "3", null, null, "2025-08-01",
                        "the ministers aim to take trade to 3 billion dollars in the coming years")),
                List.of(figure(a, 0, "trade_turnover", pair(), "1.7", "2024", "actual", null,
                        "trade reached 1.7 billion dollars in 2024")),
                List.of());
    }

    /** August 2025, Bishkek summit: 3 billion by 2030, and a set of documents signed or adopted. */
    public ArticleExtractedV1 summit2025() {
        String a = "summit-2025";
        List<AgreementFinding> documents = new ArrayList<>();
        String[][] kinds = { { "plan", "adopted" }, { "declaration", "adopted" }, { "decision", "adopted" },
                { "roadmap", "signed" }, { "protocol", "signed" }, { "memorandum", "signed" } };
        for (String[] kind : kinds) {
            documents.add(agreement(a, documents.size(), kind[0], kind[1], "2025-08-21", "Bishkek", null,
                    "the summit produced a " + kind[0]));
        }
        return event(a, "2025-08-25",
                List.of(pledge(a, 0, "trade_turnover", "3", "2030", "Sadyr Japarov", "2025-08-21",
                        "these projects should carry trade to 3 billion dollars by 2030, the president said")),
                List.of(new ObservationFinding(id(a, "observation", 0), "gdp_growth", List.of(kg), new BigDecimal("11.7"),
                        "%", "2025", "actual", null, null, evidence("the economy grew 11.7 % this year"), 0.7)),
                documents);
    }

    /** November 2025: Russian state visit to Bishkek; record trade in 2024, a joint declaration. */
    public ArticleExtractedV1 russia2025() {
        String a = "russia-2025";
        List<String> ruKg = sorted(kg, ru);
        return event(a, "2025-11-27", List.of(),
                List.of(figure(a, 0, "investment", ruKg, "2", null, "actual", null,
                                "investment in the country exceeds 2 billion dollars"),
                        figure(a, 1, "trade_turnover", ruKg, "4.1", "2024", "actual", null,
                                "last year trade rose to a record 4.1 billion dollars")),
                List.of(new AgreementFinding(id(a, "agreement", 0), "declaration", "joint declaration on alliance",
                        ruKg, "signed", "2025-11-26", "Bishkek", null,
                        evidence("the presidents signed a joint declaration on their alliance"), 0.9)));
    }

    private List<String> pair() {
        return sorted(kz, kg);
    }

    private static List<String> sorted(String a, String b) {
        return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
    }

    private ArticleExtractedV1 event(String name, String publishedOn, List<PledgeFinding> pledges,
            List<ObservationFinding> observations, List<AgreementFinding> agreements) {
        UUID article = articleId(name);
        Instant published = LocalDate.parse(publishedOn).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new ArticleExtractedV1(EventIds.of(ArticleExtractedV1.TYPE, article.toString(), "test"),
                ArticleExtractedV1.TYPE, 1, published.plusSeconds(60), article.toString(), article, url(name), "test-wire",
                "Seed story " + name, published, "en", "1.0.0", pledges, observations, agreements);
    }

    private PledgeFinding pledge(String article, int n, String metric, String billions, String deadline,
            String statedBy, String statedOn, String quote) {
        return new PledgeFinding(id(article, "pledge", n), metric, pair(), new Amount(usd(billions), "USD"), null,
                deadline, statedBy, statedOn, null, evidence(quote), 0.9);
    }

    private ObservationFinding figure(String article, int n, String metric, List<String> parties, String billions,
            String period, String kind, String sector, String quote) {
        return new ObservationFinding(id(article, "observation", n), metric, parties, usd(billions), "USD", period, kind,
                null, sector, evidence(quote), 0.9);
    }

    private AgreementFinding agreement(String article, int n, String type, String action, String date, String place,
            String signedOn, String quote) {
        return new AgreementFinding(id(article, "agreement", n), type, null, pair(), action, date, place, signedOn,
                evidence(quote), 0.9);
    }

    private String id(String article, String kind, int n) {
        return EventIds.of(run, article, kind, Integer.toString(n)).toString();
    }

    private static Evidence evidence(String quote) {
        return new Evidence(quote, 100, 100 + quote.length());
    }

    public static BigDecimal usd(String billions) {
        return new BigDecimal(billions).movePointRight(9);
    }
}
