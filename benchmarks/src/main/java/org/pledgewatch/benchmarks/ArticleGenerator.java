package org.pledgewatch.benchmarks;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes realistic news articles about trade between countries, in English and French, 2–6 KB each: a pledge
 * (a trade target with a deadline, stated many ways, sometimes relative), reported figures (last year, a part of
 * the year, investment, exports, forecasts), agreements (declarations, memorandums, roadmaps, ratifications), and
 * filler paragraphs around them. Pairs of countries follow a skewed distribution, as news does: a few pairs are in
 * the news all the time, most rarely.
 *
 * <p>Article {@code n} depends only on the seed and {@code n}. Every original has a unique URL and a unique text
 * (as ingest fingerprints it); a share of the articles ({@code duplicateShare}) repeats an earlier one, the three
 * ways duplicates happen: sent again as is, syndicated under another URL, or sent again with tracking parameters in
 * its URL and retyped punctuation. Not thread-safe: one generator per thread, or synchronise.
 */
final class ArticleGenerator {

    private static final int MIN_BYTES = 2048;
    private static final int MAX_BYTES = 6144;
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 10);
    private static final int DAYS = 1380;
    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z0-9]+)}");

    private final long seed;
    private final String runTag;
    private final double duplicateShare;
    private final int minBytes;
    private final int maxBytes;
    private final List<Country[]> pairs = new ArrayList<>();
    private final double[] pairWeights;
    private final Set<String> fingerprints = new HashSet<>();
    private final List<Article> recentOriginals = new ArrayList<>();
    private long next;

    /**
     * @param runTag goes into every URL, so that two runs against one database never collide
     * @param duplicateShare share of the articles that repeat an earlier one (0.1 = 10 %)
     */
    ArticleGenerator(long seed, String runTag, double duplicateShare) {
        this(seed, runTag, duplicateShare, MIN_BYTES, MAX_BYTES);
    }

    ArticleGenerator(long seed, String runTag, double duplicateShare, int minBytes, int maxBytes) {
        this.seed = seed;
        this.runTag = runTag;
        this.duplicateShare = duplicateShare;
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
        for (Country home : Country.HOME) {
            for (Country partner : Country.PARTNERS) {
                pairs.add(new Country[] {home, partner});
            }
        }
        for (int i = 0; i < Country.HOME.size(); i++) {
            for (int j = i + 1; j < Country.HOME.size(); j++) {
                pairs.add(new Country[] {Country.HOME.get(i), Country.HOME.get(j)});
            }
        }
        // Shuffle with the seed, then weigh by rank: news about some pairs is far more frequent than about others.
        SplittableRandom shuffle = new SplittableRandom(seed);
        for (int i = pairs.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            Country[] t = pairs.get(i);
            pairs.set(i, pairs.get(j));
            pairs.set(j, t);
        }
        pairWeights = new double[pairs.size()];
        double total = 0;
        for (int rank = 0; rank < pairs.size(); rank++) {
            total += 1.0 / Math.pow(rank + 1, 0.9);
            pairWeights[rank] = total;
        }
        for (int rank = 0; rank < pairs.size(); rank++) {
            pairWeights[rank] /= total;
        }
    }

    /** What every URL of this generator carries, and nothing else does. */
    String runTag() {
        return runTag;
    }

    /** How many distinct pairs of countries the articles are about. */
    int pairCount() {
        return pairs.size();
    }

    /** The next article: an original, or now and then a repeat of a recent original. */
    Article next() {
        long number = next++;
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
        if (!recentOriginals.isEmpty() && random.nextDouble() < duplicateShare) {
            Article original = recentOriginals.get(random.nextInt(recentOriginals.size()));
            return duplicate(number, original, random);
        }
        Article article = original(number, random);
        if (recentOriginals.size() < 500) {
            recentOriginals.add(article);
        } else {
            recentOriginals.set(random.nextInt(recentOriginals.size()), article);
        }
        return article;
    }

    private Article duplicate(long number, Article original, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            // The same dispatch sent twice.
            case 0 -> new Article(number, original.title(), original.body(), original.url(), original.source(),
                    original.language(), original.publishedAt(), original.number());
            // Syndicated: another outlet, another URL, the same text.
            case 1 -> {
                String host = pick(random, HOSTS);
                yield new Article(number, original.title(), original.body(), "https://" + host + "/syndication/"
                        + runTag + "/" + number, host, original.language(), original.publishedAt(), original.number());
            }
            // Sent again from a newsletter link, the text retyped with other quotes and spacing.
            default -> new Article(number, original.title(), original.body().replace("\"", "\u201C")
                    .replace("  ", " ").replace(". ", ".  "), original.url() + "?utm_source=newsletter&utm_medium=email",
                    original.source(), original.language(), original.publishedAt(), original.number());
        };
    }

    private Article original(long number, SplittableRandom random) {
        for (int attempt = 0; ; attempt++) {
            Article article = write(number, random);
            if (fingerprints.add(fingerprint(article.body()))) {
                return article;
            }
            if (attempt > 20) {
                throw new IllegalStateException("could not write a unique article " + number);
            }
        }
    }

    private Article write(long number, SplittableRandom random) {
        Country[] pair = pickPair(random);
        boolean flip = random.nextInt(4) == 0;
        Country a = flip ? pair[1] : pair[0];
        Country b = flip ? pair[0] : pair[1];
        boolean french = random.nextInt(100) < 45;
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        Facts facts = Facts.draw(pair, published, random);
        Map<String, String> slots = french ? facts.frenchSlots(a, b, random) : facts.englishSlots(a, b, random);
        Templates templates = french ? Templates.FRENCH : Templates.ENGLISH;

        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(render(pick(random, templates.leads()), slots, random));
        if (facts.hasPledge) {
            paragraphs.add(render(pick(random, facts.relative ? templates.relativePledges() : templates.pledges()),
                    slots, random));
        }
        paragraphs.add(render(pick(random, templates.figures()), slots, random));
        if (random.nextInt(3) > 0) {
            paragraphs.add(render(pick(random, templates.moreFigures()), slots, random));
        }
        if (random.nextInt(4) > 0) {
            paragraphs.add(render(pick(random, templates.agreements()), slots, random));
        }
        if (random.nextInt(5) == 0) {
            paragraphs.add(render(pick(random, templates.ratifications()), slots, random));
        }
        paragraphs.add(render(pick(random, templates.quotes()), slots, random));

        int target = minBytes + random.nextInt(Math.max(1, maxBytes - minBytes - 400));
        List<String> fillers = new ArrayList<>(templates.fillers());
        int bytes = utf8Length(paragraphs);
        while (bytes < target && !fillers.isEmpty()) {
            String filler = render(fillers.remove(random.nextInt(fillers.size())), slots, random);
            // Background goes after the news, never before the lead.
            paragraphs.add(1 + random.nextInt(paragraphs.size()), filler);
            bytes += filler.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        while (bytes > maxBytes && paragraphs.size() > 3) {
            String dropped = paragraphs.remove(paragraphs.size() - 2);
            bytes -= dropped.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        String body = String.join("\n\n", paragraphs);
        String title = render(pick(random, templates.titles()), slots, random);
        String host = pick(random, HOSTS);
        String url = "https://" + host + "/" + (french ? "economie" : "business") + "/" + published.getYear() + "/"
                + String.format("%02d", published.getMonthValue()) + "/" + slug(title) + "-" + runTag + "-" + number;
        return new Article(number, title, body, url, host, french ? "fr" : "en", published.toString(), -1);
    }

    private Country[] pickPair(SplittableRandom random) {
        double x = random.nextDouble();
        int low = 0;
        int high = pairWeights.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairWeights[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return pairs.get(low);
    }

    /** Fills {slot}s; a slot written {n3} etc. is a fresh random number, so that no two fillers read alike. */
    static String render(String template, Map<String, String> slots, SplittableRandom random) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            String name = m.group(1);
            String value = slots.get(name);
            if (value == null) {
                value = switch (name) {
                    case "n2" -> Integer.toString(10 + random.nextInt(90));
                    case "n3" -> Integer.toString(100 + random.nextInt(900));
                    case "n4" -> String.format(Locale.ROOT, "%,d", 1000 + random.nextInt(60000))
                            .replace(",", slots.getOrDefault("thousands", ","));
                    case "pct" -> Integer.toString(3 + random.nextInt(40));
                    case "weekday" -> slots.get("weekdays").split(",")[random.nextInt(7)];
                    default -> throw new IllegalArgumentException("no slot " + name + " in " + template);
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What ingest's content fingerprint compares: NFKC, lower case, punctuation and spacing folded. */
    static String fingerprint(String body) {
        return Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static int utf8Length(List<String> paragraphs) {
        int bytes = 0;
        for (String p : paragraphs) {
            bytes += p.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        return bytes;
    }

    private static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return ascii.length() > 60 ? ascii.substring(0, 60) : ascii;
    }

    static <T> T pick(SplittableRandom random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static final List<String> HOSTS = List.of("steppe-wire.example", "caspian-herald.example",
            "silkroad-business.example", "eurasia-ledger.example", "courrier-des-steppes.example",
            "lettre-d-asie-centrale.example", "transit-news.example", "the-corridor.example",
            "marches-d-orient.example", "mountain-gazette.example");

    /** The numbers one article reports, consistent with each other and with the pair's size of trade. */
    static final class Facts {
        LocalDate published;
        int year;
        double lastYear;      // trade last year, in billions of dollars
        double growth;        // percent, year on year
        double partOfYear;    // trade in the first months of this year
        int months;           // how many months partOfYear covers
        double target;        // billions
        int deadline;
        boolean hasPledge;
        boolean relative;
        int withinYears;
        double investment;    // billions
        double exports;       // millions
        double forecast;      // billions, this year
        int documents;

        static Facts draw(Country[] pair, LocalDate published, SplittableRandom random) {
            Facts f = new Facts();
            f.published = published;
            f.year = published.getYear();
            // Each pair has its own order of size, from a few hundred million to tens of billions.
            double scale = 0.25 + (Math.abs((pair[0].code() + pair[1].code()).hashCode()) % 2400) / 100.0;
            f.growth = -8 + random.nextInt(400) / 10.0;
            f.lastYear = round(scale * Math.pow(1.08, f.year - 2022) * (0.9 + random.nextDouble() * 0.2), 3);
            f.months = 3 + random.nextInt(8);
            f.partOfYear = round(f.lastYear * f.months / 12.0 * (0.9 + random.nextDouble() * 0.25), 2);
            f.hasPledge = random.nextInt(10) < 8;
            f.relative = random.nextInt(10) == 0;
            f.target = Math.max(0.5, Math.round(f.lastYear * (1.5 + random.nextDouble() * 1.5) * 2) / 2.0);
            f.deadline = f.year + 2 + random.nextInt(7);
            f.withinYears = 3 + random.nextInt(3);
            f.investment = round(0.1 + random.nextDouble() * scale * 0.6, 2);
            f.exports = 40 + random.nextInt(1500);
            f.forecast = round(f.lastYear * (1.02 + random.nextDouble() * 0.2), 1);
            f.documents = 2 + random.nextInt(20);
            return f;
        }

        private static double round(double value, int decimals) {
            double scale = Math.pow(10, decimals);
            return Math.round(value * scale) / scale;
        }

        Map<String, String> englishSlots(Country a, Country b, SplittableRandom random) {
            Map<String, String> s = new java.util.HashMap<>();
            common(s, a, b, random);
            s.put("A", a.en());
            s.put("B", b.en());
            s.put("As", a.enStart());
            s.put("Bs", b.enStart());
            s.put("Aadj", a.enAdjective());
            s.put("Badj", b.enAdjective());
            s.put("capA", a.enCapital());
            s.put("capB", b.enCapital());
            s.put("lastYear", enMoney(lastYear, random));
            s.put("partOfYear", enMoney(partOfYear, random));
            s.put("target", enMoney(target, random));
            s.put("investment", enMoney(investment, random));
            s.put("exports", "$" + (int) exports + " million");
            s.put("forecast", "$" + forecast + " billion");
            s.put("month", MONTHS_EN[months - 1]);
            s.put("pubMonth", MONTHS_EN[published.getMonthValue() - 1]);
            s.put("within", List.of("three", "four", "five").get(withinYears - 3));
            s.put("documents", documents < 10 ? List.of("two", "three", "four", "five", "six", "seven", "eight",
                    "nine").get(documents - 2) : Integer.toString(documents));
            s.put("growthText", growth >= 0 ? "up " + Math.abs(growth) + "%" : "down " + Math.abs(growth) + "%");
            s.put("weekdays", "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday");
            s.put("dayName", published.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
            s.put("sector", pick(random, SECTORS_EN));
            s.put("sector2", pick(random, SECTORS_EN));
            s.put("topic", pick(random, TOPICS_EN));
            s.put("agency", pick(random, AGENCIES));
            return s;
        }

        Map<String, String> frenchSlots(Country a, Country b, SplittableRandom random) {
            Map<String, String> s = new java.util.HashMap<>();
            common(s, a, b, random);
            s.put("A", a.frLe());
            s.put("B", b.frLe());
            s.put("As", a.frLeStart());
            s.put("deA", a.frDu());
            s.put("deB", b.frDu());
            s.put("auA", a.frAu());
            s.put("auB", b.frAu());
            s.put("Aadj", a.frAdjective());
            s.put("Badj", b.frAdjective());
            s.put("capA", a.frCapital());
            s.put("capB", b.frCapital());
            s.put("lastYear", frMoney(lastYear, random));
            s.put("partOfYear", frMoney(partOfYear, random));
            s.put("target", frMoney(target, random));
            s.put("investment", frMoney(investment, random));
            s.put("exports", (int) exports + " millions de dollars");
            s.put("forecast", frDecimal(forecast) + " milliard" + (forecast >= 2 ? "s" : "") + " de dollars");
            s.put("month", MONTHS_FR[months - 1]);
            s.put("pubMonth", MONTHS_FR[published.getMonthValue() - 1]);
            s.put("within", List.of("trois", "quatre", "cinq").get(withinYears - 3));
            s.put("documents", documents < 10 ? List.of("deux", "trois", "quatre", "cinq", "six", "sept", "huit",
                    "neuf").get(documents - 2) : Integer.toString(documents));
            s.put("growthText", (growth >= 0 ? "en hausse de " : "en baisse de ") + frDecimal(Math.abs(growth)) + " %");
            s.put("thousands", "\u00A0");
            s.put("weekdays", "lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche");
            s.put("dayName", published.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.FRENCH));
            s.put("sector", pick(random, SECTORS_FR));
            s.put("sector2", pick(random, SECTORS_FR));
            s.put("topic", pick(random, TOPICS_FR));
            s.put("agency", pick(random, AGENCIES));
            return s;
        }

        private void common(Map<String, String> s, Country a, Country b, SplittableRandom random) {
            s.put("leaderA", a.leader());
            s.put("leaderB", b.leader());
            s.put("year", Integer.toString(year));
            s.put("lastYearNumber", Integer.toString(year - 1));
            s.put("twoYearsAgo", Integer.toString(year - 2));
            s.put("nextYear", Integer.toString(year + 1));
            s.put("deadline", Integer.toString(deadline));
            s.put("day", Integer.toString(published.getDayOfMonth()));
            s.put("signedDay", Integer.toString(1 + random.nextInt(28)));
            s.put("signedMonthNumber", Integer.toString(1 + random.nextInt(12)));
        }

        /** "$1.7 billion", "1.7 billion US dollars", "$812 million". */
        private static String enMoney(double billions, SplittableRandom random) {
            if (billions < 1 && random.nextBoolean()) {
                return "$" + Math.round(billions * 1000) + " million";
            }
            String number = trim(billions);
            return switch (random.nextInt(3)) {
                case 0 -> number + " billion US dollars";
                default -> "$" + number + " billion";
            };
        }

        /** "1,7 milliard de dollars", "2,35 milliards de dollars", "812 millions de dollars". */
        private static String frMoney(double billions, SplittableRandom random) {
            if (billions < 1 && random.nextBoolean()) {
                return Math.round(billions * 1000) + " millions de dollars";
            }
            return frDecimal(billions) + (billions >= 2 ? " milliards" : " milliard") + " de dollars";
        }

        private static String frDecimal(double value) {
            return trim(value).replace('.', ',');
        }

        private static String trim(double value) {
            String text = String.format(Locale.ROOT, "%.3f", value);
            text = text.replaceAll("0+$", "");
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
    }

    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final List<String> SECTORS_EN = List.of("agriculture", "energy", "transport", "pharmaceuticals",
            "textiles", "digital services", "mining", "tourism", "education", "water management", "logistics",
            "construction materials", "food processing", "renewable energy", "healthcare");
    private static final List<String> SECTORS_FR = List.of("l'agriculture", "l'énergie", "les transports",
            "l'industrie pharmaceutique", "le textile", "le numérique", "les mines", "le tourisme", "l'éducation",
            "la gestion de l'eau", "la logistique", "les matériaux de construction", "l'agroalimentaire",
            "les énergies renouvelables", "la santé");
    private static final List<String> TOPICS_EN = List.of("customs cooperation", "the mutual protection of investments",
            "international road transport", "cooperation in higher education", "veterinary and phytosanitary control",
            "the avoidance of double taxation", "cooperation in civil aviation", "industrial cooperation",
            "the simplification of visa procedures", "joint work on digital trade");
    private static final List<String> TOPICS_FR = List.of("la coopération douanière",
            "la protection réciproque des investissements", "le transport routier international",
            "la coopération universitaire", "le contrôle vétérinaire et phytosanitaire",
            "la prévention de la double imposition", "la coopération dans l'aviation civile",
            "la coopération industrielle", "la simplification des procédures de visa", "le commerce numérique");
    private static final List<String> AGENCIES = List.of("Steppe Wire", "Caspian Herald", "Silk Road Business",
            "Eurasia Ledger", "Transit News");

    /** Everything is written for this benchmark; slots in braces. */
    record Templates(List<String> titles, List<String> leads, List<String> pledges, List<String> relativePledges,
            List<String> figures, List<String> moreFigures, List<String> agreements, List<String> ratifications,
            List<String> quotes, List<String> fillers) {

        static final Templates ENGLISH = new Templates(
                List.of("{As} and {B} set their sights on {target} in trade",
                        "{Aadj}-{Badj} talks: trade target raised, new deals signed",
                        "{leaderA} hosts {Badj} delegation in {capA}",
                        "Trade with {B} tops the agenda in {capA}",
                        "{As} and {B} deepen economic ties",
                        "Business forum in {capA} draws {Badj} investors",
                        "{As} eyes bigger share of {Badj} market",
                        "What the {capA} visit means for {Aadj} exporters"),
                List.of("{capA}, {pubMonth} {day} ({agency}) — {As} and {B} pledged on {dayName} to deepen their "
                                + "economic partnership as a {Badj} delegation of about {n3} officials and business "
                                + "leaders wrapped up two days of talks in the {Aadj} capital.",
                        "{capB}, {pubMonth} {day} ({agency}) — {leaderA} met {leaderB} on {dayName} for talks that "
                                + "officials on both sides described as the most substantive in years.",
                        "{As} and {B} held a new round of intergovernmental consultations this week in {capA}, "
                                + "with trade, transport links and energy at the top of the agenda.",
                        "{capA}, {pubMonth} {day} ({agency}) — An intergovernmental commission on trade and economic "
                                + "cooperation between {A} and {B} met on {dayName}, bringing together about {n3} officials."),
                List.of("{As} and {B} agreed to raise bilateral trade to {target} by {deadline}, {leaderA} told "
                                + "reporters after the talks.",
                        "The two governments set a goal of bringing mutual trade to {target} by {deadline}, according "
                                + "to a joint statement released after the meeting.",
                        "{leaderA} and {leaderB} said they aim to lift trade between {A} and {B} to {target} by "
                                + "{deadline}.",
                        "Officials in {capA} and {capB} want to push two-way trade to {target} within the next "
                                + "{within} years.",
                        "Both sides reaffirmed their target of {target} in annual trade by {deadline}."),
                List.of("{As} and {B} intend to double their trade by {deadline}, officials said.",
                        "The leaders agreed to triple bilateral trade by {deadline}, a goal analysts in {capA} "
                                + "called ambitious."),
                List.of("Trade between {A} and {B} reached {lastYear} in {lastYearNumber}, {growthText} from a year "
                                + "earlier, according to {Aadj} customs data.",
                        "Bilateral trade amounted to {lastYear} last year, the {Aadj} statistics office said.",
                        "Trade turnover between the two countries stood at {lastYear} in {lastYearNumber}, {growthText} "
                                + "on {twoYearsAgo}.",
                        "Last year trade between {A} and {B} totalled {lastYear}, officials said."),
                List.of("In January-{month} {year}, turnover came to {partOfYear}.",
                        "{Badj} companies have invested {investment} in {A} so far, the economy ministry said.",
                        "{Aadj} exports to {B} rose to {exports} in {lastYearNumber}, led by {sector}.",
                        "The ministry expects trade to reach {forecast} in {year}, helped by new rail links."),
                List.of("The presidents signed a joint declaration on strategic partnership, and ministers signed "
                                + "{documents} documents, including a memorandum of understanding on {sector} and an "
                                + "intergovernmental agreement on {topic}.",
                        "{Aadj} and {Badj} officials signed a roadmap for cooperation in {sector} for {year}-{nextYear}.",
                        "During the visit the sides signed an agreement on {topic}.",
                        "A memorandum of understanding on {sector} was signed on the sidelines of the forum, along "
                                + "with commercial contracts whose value was not disclosed."),
                List.of("{Aadj} lawmakers on {weekday} ratified the agreement on {topic} that the two governments "
                                + "signed in {capB} on {signedMonthNumber}/{signedDay}/{lastYearNumber}.",
                        "The {Aadj} parliament has ratified the intergovernmental agreement on {topic} with {B}, "
                                + "signed last year."),
                List.of("\"Our countries have every reason to trade more, and the decisions we took today remove real "
                                + "obstacles for business,\" {leaderA} said.",
                        "\"We see {A} as a reliable partner in the region,\" {leaderB} told the business forum, "
                                + "adding that {Badj} firms were ready to invest further.",
                        "\"The numbers are moving in the right direction, but logistics remain the bottleneck,\" a "
                                + "senior {Aadj} official said, speaking on condition of anonymity."),
                List.of("The talks also covered the modernisation of border crossings, where trucks still wait up to "
                                + "{n2} hours at peak times. Both sides promised to extend opening hours and to share "
                                + "customs data electronically by the end of next year.",
                        "Transport links featured prominently. A freight train now runs {n2} times a month between "
                                + "the two countries, and a new direct flight is expected to start in the spring, "
                                + "carrying around {n4} passengers a year according to the carrier.",
                        "Analysts note that official statistics do not capture informal trade across the border, "
                                + "which market traders estimate to be substantial. Small wholesalers from the "
                                + "region's bazaars travel weekly to buy clothing, electronics and household goods.",
                        "The visit comes as the region looks for alternatives to routes that were disrupted in "
                                + "recent years. The so-called Middle Corridor across the Caspian Sea has seen cargo "
                                + "volumes grow quickly, although ports on both shores are still short of capacity.",
                        "Energy remained a sensitive subject. Officials discussed electricity exchanges during the "
                                + "winter months, when demand peaks, and a feasibility study for a new transmission "
                                + "line of about {n3} kilometres.",
                        "On the sidelines, some {n3} companies took part in a business forum where exporters of "
                                + "dried fruit, cotton yarn and building materials met potential buyers. Organisers "
                                + "said {n2} export contracts had been discussed in detail.",
                        "Education was also on the agenda: about {n4} students from the region are enrolled at "
                                + "universities in the partner country, and a joint campus is planned in {capA}.",
                        "Tourism has been growing as well, helped by simplified visa rules. Tour operators report "
                                + "that bookings for the summer season are up about {pct} percent, with heritage "
                                + "cities and mountain resorts the most popular destinations.",
                        "The relationship has not always been smooth. Disputes over water use, transit fees and "
                                + "phytosanitary checks have periodically slowed shipments of fruit and vegetables, "
                                + "and exporters complain that rules change without notice.",
                        "Economists caution that headline trade figures are sensitive to commodity prices. A fall "
                                + "in the price of metals or grain can shave several percentage points off turnover "
                                + "in a single year, regardless of the political will on both sides.",
                        "The {Aadj} foreign ministry said the sides also discussed regional security, cooperation "
                                + "in international organisations and the situation in neighbouring countries, "
                                + "without giving details.",
                        "Local media noted that the delegation visited an industrial park on the outskirts of "
                                + "{capA}, where {n2} enterprises employ about {n4} people, and a logistics hub under "
                                + "construction near the airport.",
                        "Banks from both countries signed a cooperation agreement on correspondent accounts, "
                                + "which should make payments faster for small exporters. Fees on cross-border "
                                + "transfers have been a frequent complaint at business forums.",
                        "Cultural days are planned for the autumn, with concerts, film screenings and an exhibition "
                                + "of traditional crafts in {n2} cities. Organisers expect some {n4} visitors.",
                        "The next meeting of the intergovernmental commission is scheduled for {nextYear} in "
                                + "{capB}. Working groups on agriculture, transport and digital services will report "
                                + "on progress before then.",
                        "Weather in {capA} was unusually mild for the season, and the official welcome ceremony "
                                + "took place outdoors, with an honour guard and a military band of about {n3} "
                                + "musicians.",
                        "Regional governors attended the talks and signed their own cooperation plans, covering "
                                + "{sector2}, vocational training and exchanges between chambers of commerce.",
                        "Independent observers said implementation would be the real test. Several earlier plans "
                                + "stalled because financing was never secured, and some joint ventures announced "
                                + "with fanfare still exist only on paper."));

        static final Templates FRENCH = new Templates(
                        List.of("{As} et {B} veulent porter leurs échanges à {target}",
                                "Visite à {capA} : nouveaux accords et objectifs commerciaux",
                                "{leaderA} reçoit une délégation {Badj}",
                                "Le commerce avec {B} au cœur des discussions à {capA}",
                                "{As} et {B} resserrent leurs liens économiques",
                                "Forum d'affaires à {capA} : les investisseurs {Badj}s au rendez-vous",
                                "Ce que la visite à {capA} change pour les exportateurs"),
                        List.of("{capA}, le {day} {pubMonth} ({agency}) — {As} et {B} se sont engagés {dayName} à "
                                        + "approfondir leur partenariat économique, à l'issue de deux jours de "
                                        + "discussions réunissant quelque {n3} responsables et chefs d'entreprise.",
                                "{capB}, le {day} {pubMonth} ({agency}) — {leaderA} et {leaderB} se sont entretenus "
                                        + "{dayName} lors de consultations jugées substantielles par les deux parties.",
                                "Une nouvelle session de la commission intergouvernementale pour la coopération "
                                        + "économique entre {A} et {B} s'est tenue cette semaine à {capA}.",
                                "{capA}, le {day} {pubMonth} ({agency}) — Les délégations {deA} et {deB} se sont "
                                        + "réunies {dayName} pour la {n2}e session de leur commission mixte."),
                        List.of("{As} et {B} ont convenu de porter leurs échanges commerciaux à {target} d'ici "
                                        + "{deadline}, a déclaré {leaderA} à l'issue des entretiens.",
                                "Les deux gouvernements se sont fixé l'objectif de porter le commerce bilatéral à "
                                        + "{target} d'ici {deadline}, selon une déclaration commune.",
                                "{leaderA} et {leaderB} veulent porter le volume des échanges entre {A} et {B} à "
                                        + "{target} à l'horizon {deadline}.",
                                "Les deux capitales souhaitent porter le commerce mutuel à {target} d'ici {within} ans.",
                                "Les deux parties ont réaffirmé l'objectif de {target} d'échanges annuels d'ici "
                                        + "{deadline}."),
                        List.of("{As} et {B} entendent doubler leurs échanges commerciaux d'ici {deadline}.",
                                "Les dirigeants ont convenu de tripler le commerce bilatéral d'ici {deadline}, un "
                                        + "objectif jugé ambitieux par les analystes."),
                        List.of("Les échanges commerciaux entre {A} et {B} ont atteint {lastYear} en "
                                        + "{lastYearNumber}, {growthText} sur un an, selon les douanes.",
                                "Le chiffre d'affaires commercial entre les deux pays s'est élevé à {lastYear} "
                                        + "l'an dernier, selon l'office {Aadj} des statistiques.",
                                "Le commerce bilatéral a atteint {lastYear} en {lastYearNumber}, {growthText} par "
                                        + "rapport à {twoYearsAgo}.",
                                "L'an dernier, le volume des échanges entre {A} et {B} a totalisé {lastYear}."),
                        List.of("Sur la période janvier-{month} {year}, les échanges ont atteint {partOfYear}.",
                                "Les entreprises de ce pays ont investi {investment} {auA} à ce jour, selon le "
                                        + "ministère de l'Économie.",
                                "Les exportations {deA} vers {B} ont atteint {exports} en {lastYearNumber}, tirées "
                                        + "par {sector}.",
                                "Le ministère prévoit que les échanges devraient atteindre {forecast} en {year}."),
                        List.of("Les présidents ont signé une déclaration commune sur le partenariat stratégique, "
                                        + "et les ministres ont signé {documents} documents, dont un mémorandum "
                                        + "d'entente sur {sector} et un accord intergouvernemental sur {topic}.",
                                "Les deux parties ont signé une feuille de route pour la coopération dans {sector} "
                                        + "pour {year}-{nextYear}.",
                                "Au cours de la visite, un accord sur {topic} a été signé.",
                                "Un mémorandum d'entente sur {sector} a été signé en marge du forum, ainsi que des "
                                        + "contrats commerciaux dont le montant n'a pas été divulgué."),
                        List.of("Le parlement {Aadj} a ratifié {weekday} l'accord sur {topic} signé à {capB} le "
                                        + "{signedDay}/{signedMonthNumber}/{lastYearNumber}.",
                                "Les députés ont ratifié l'accord intergouvernemental sur {topic} conclu l'an "
                                        + "dernier avec {B}."),
                        List.of("« Nos pays ont toutes les raisons de commercer davantage, et les décisions prises "
                                        + "aujourd'hui lèvent de vrais obstacles pour les entreprises », a déclaré "
                                        + "{leaderA}.",
                                "« Nous considérons {A} comme un partenaire fiable dans la région », a affirmé {leaderB} "
                                        + "devant le forum d'affaires.",
                                "« Les chiffres vont dans le bon sens, mais la logistique reste le goulet "
                                        + "d'étranglement », a confié un haut responsable sous couvert d'anonymat."),
                        List.of("Les discussions ont aussi porté sur la modernisation des postes-frontières, où les "
                                        + "camions attendent encore jusqu'à {n2} heures aux heures de pointe. Les deux "
                                        + "parties ont promis d'élargir les horaires d'ouverture et d'échanger les "
                                        + "données douanières par voie électronique.",
                                "Les liaisons de transport ont occupé une large place. Un train de marchandises "
                                        + "circule désormais {n2} fois par mois entre les deux pays, et un vol direct "
                                        + "devrait être lancé au printemps, avec environ {n4} passagers par an selon "
                                        + "la compagnie.",
                                "Les analystes rappellent que les statistiques officielles ne saisissent pas le "
                                        + "commerce informel transfrontalier, que les commerçants des bazars jugent "
                                        + "important. Des grossistes font chaque semaine le voyage pour acheter "
                                        + "vêtements, électronique et articles ménagers.",
                                "La visite intervient alors que la région cherche des alternatives aux routes "
                                        + "perturbées ces dernières années. Le corridor médian, à travers la mer "
                                        + "Caspienne, voit ses volumes croître rapidement, même si les ports manquent "
                                        + "encore de capacités.",
                                "L'énergie est restée un sujet sensible. Les responsables ont évoqué les échanges "
                                        + "d'électricité pendant l'hiver, lorsque la demande culmine, et une étude de "
                                        + "faisabilité pour une ligne de transport d'environ {n3} kilomètres.",
                                "En marge de la visite, quelque {n3} entreprises ont participé à un forum d'affaires "
                                        + "où des exportateurs de fruits secs, de fil de coton et de matériaux de "
                                        + "construction ont rencontré des acheteurs. Selon les organisateurs, {n2} "
                                        + "contrats à l'export ont été discutés en détail.",
                                "L'éducation figurait aussi au programme : environ {n4} étudiants de la région sont "
                                        + "inscrits dans les universités du pays partenaire, et un campus commun est "
                                        + "prévu à {capA}.",
                                "Le tourisme progresse également, grâce à l'assouplissement des visas. Les "
                                        + "voyagistes font état de réservations en hausse d'environ {pct} % pour "
                                        + "l'été, les villes historiques et les stations de montagne en tête.",
                                "La relation n'a pas toujours été simple. Des différends sur l'eau, les droits de "
                                        + "transit et les contrôles phytosanitaires ont périodiquement ralenti les "
                                        + "livraisons de fruits et légumes, et les exportateurs se plaignent de règles "
                                        + "qui changent sans préavis.",
                                "Les économistes soulignent que les chiffres du commerce dépendent fortement des "
                                        + "cours des matières premières. Une baisse du prix des métaux ou des céréales "
                                        + "peut retrancher plusieurs points au chiffre d'affaires en une seule année.",
                                "Le ministère {Aadj} des Affaires étrangères a indiqué que les deux parties avaient "
                                        + "également évoqué la sécurité régionale et la coopération au sein des "
                                        + "organisations internationales, sans donner de détails.",
                                "La presse locale a relevé que la délégation avait visité un parc industriel en "
                                        + "périphérie de {capA}, où {n2} entreprises emploient environ {n4} "
                                        + "personnes, ainsi qu'un pôle logistique en construction près de l'aéroport.",
                                "Des banques des deux pays ont conclu un partenariat sur les comptes de "
                                        + "correspondants, qui devrait accélérer les paiements des petits "
                                        + "exportateurs. Les frais de virement transfrontalier sont une plainte "
                                        + "récurrente des forums d'affaires.",
                                "Des journées culturelles sont prévues à l'automne, avec concerts, projections et "
                                        + "une exposition d'artisanat traditionnel dans {n2} villes. Les organisateurs "
                                        + "attendent quelque {n4} visiteurs.",
                                "La prochaine réunion de la commission intergouvernementale se tiendra en "
                                        + "{nextYear} à {capB}. Des groupes de travail sur l'agriculture, les "
                                        + "transports et le numérique feront le point d'ici là.",
                                "Le temps était exceptionnellement doux pour la saison à {capA}, et la cérémonie "
                                        + "d'accueil s'est déroulée en plein air, avec une garde d'honneur et une "
                                        + "fanfare militaire d'environ {n3} musiciens.",
                                "Des gouverneurs régionaux ont assisté aux entretiens et signé leurs propres plans "
                                        + "de coopération, couvrant {sector2}, la formation professionnelle et les "
                                        + "échanges entre chambres de commerce.",
                                "Des observateurs indépendants estiment que la mise en œuvre sera le véritable test. "
                                        + "Plusieurs plans antérieurs sont restés lettre morte faute de financement, "
                                        + "et certaines coentreprises annoncées en grande pompe n'existent que sur "
                                        + "le papier."));
    }
}
