package org.pledgewatch.systemtests.faults;

import java.math.BigDecimal;
import java.util.List;

/**
 * One article of the fault suite, fully determined by its number: a unique URL, a unique text and a unique trade
 * figure in an English sentence the extractor reads for certain, and on every seventh article a pledge of its
 * pair of countries (seven and the thirty pairs being coprime, every pair gets pledges). Thirty pairs keep each
 * group of facts that commitments-service recomputes on every article small. Knowing every article's contents, the suite knows exactly what the pipeline must end up with.
 */
record TestArticle(int number) {

    static final String URL_PREFIX = "https://faults.example.org/dispatch/";

    /** Numbers below are for the traffic; from here up the scenarios pick their own articles. */
    static final int POISON_FOLLOWERS = 7000;
    static final int KAFKA_PROBES = 8000;
    /** A multiple of seven: the articles sent many ways state pledges, so their commitments count them too. */
    static final int SAME_ARTICLE = 9002;

    /** The pairs of countries the articles are about, with the parties key commitments-service stores. */
    static final List<CountryPair> PAIRS = List.of(
            new CountryPair("Kazakhstan", "Uzbekistan", "KZ-UZ"),
            new CountryPair("Kyrgyzstan", "Tajikistan", "KG-TJ"),
            new CountryPair("Turkmenistan", "Azerbaijan", "AZ-TM"),
            new CountryPair("Georgia", "Armenia", "AM-GE"),
            new CountryPair("Turkey", "China", "CN-TR"),
            new CountryPair("Russia", "Mongolia", "MN-RU"),
            new CountryPair("Kazakhstan", "Kyrgyzstan", "KG-KZ"),
            new CountryPair("Uzbekistan", "Tajikistan", "TJ-UZ"),
            new CountryPair("Azerbaijan", "Georgia", "AZ-GE"),
            new CountryPair("India", "Kazakhstan", "IN-KZ"),
            new CountryPair("Iran", "Afghanistan", "AF-IR"),
            new CountryPair("Belarus", "Ukraine", "BY-UA"),
            new CountryPair("Moldova", "Romania", "MD-RO"),
            new CountryPair("Japan", "South Korea", "JP-KR"),
            new CountryPair("Germany", "France", "DE-FR"),
            new CountryPair("Italy", "Poland", "IT-PL"),
            new CountryPair("Hungary", "Serbia", "HU-RS"),
            new CountryPair("Egypt", "Qatar", "EG-QA"),
            new CountryPair("Pakistan", "Uzbekistan", "PK-UZ"),
            new CountryPair("Vietnam", "Malaysia", "MY-VN"),
            new CountryPair("Indonesia", "Singapore", "ID-SG"),
            new CountryPair("Canada", "Mexico", "CA-MX"),
            new CountryPair("Spain", "Portugal", "ES-PT"),
            new CountryPair("Greece", "Bulgaria", "BG-GR"),
            new CountryPair("Oman", "Kuwait", "KW-OM"),
            new CountryPair("Kazakhstan", "China", "CN-KZ"),
            new CountryPair("Turkey", "Azerbaijan", "AZ-TR"),
            new CountryPair("Russia", "Kazakhstan", "KZ-RU"),
            new CountryPair("Uzbekistan", "Turkey", "TR-UZ"),
            new CountryPair("Kyrgyzstan", "China", "CN-KG"));

    static final String METRIC = "trade_turnover";

    record CountryPair(String first, String second, String partiesKey) {

        /** The one trade target every pledge of this pair states, in billions of dollars. */
        int pledgedBillions() {
            return 20 + PAIRS.indexOf(this);
        }
    }

    static TestArticle fromUrl(String url) {
        return new TestArticle(Integer.parseInt(url.substring(URL_PREFIX.length())));
    }

    String url() {
        return URL_PREFIX + number;
    }

    String title() {
        return "Trade dispatch " + number;
    }

    CountryPair pair() {
        return PAIRS.get(Math.floorMod(number, PAIRS.size()));
    }

    int year() {
        return 2014 + Math.floorMod(number / PAIRS.size(), 11);
    }

    /** The trade figure the article reports, in US dollars: unique per article. */
    BigDecimal figure() {
        return BigDecimal.valueOf(1000L + number).multiply(BigDecimal.valueOf(1_000_000L));
    }

    boolean statesPledge() {
        return number % 7 == 0;
    }

    String body() {
        long millions = 1000L + number;
        String figure = "$" + (millions / 1000) + "." + String.format("%03d", millions % 1000) + " billion";
        String text = "Trade between " + pair().first() + " and " + pair().second() + " reached " + figure + " in "
                + year() + ", according to dispatch " + number + " of the fault suite.";
        if (statesPledge()) {
            text += " " + pair().first() + " and " + pair().second() + " aim to raise trade to $"
                    + pair().pledgedBillions() + " billion by 2030.";
        }
        return text;
    }

    String json() {
        return """
                {"title": "%s", "body": "%s", "url": "%s", "source": "Fault suite wire", "language": "en",
                 "publishedAt": "2025-06-15"}""".formatted(title(), body(), url());
    }
}
