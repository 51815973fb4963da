package org.pledgewatch.commitments.facts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Facts as extraction would report them, built in a line each. The scenario methods restate, in facts, the
 * situation of the project's five seed articles: Kazakhstan–Kyrgyzstan trade targets of 2 then 3 billion USD,
 * figures that disagree for 2023, a treaty signed in Astana and ratified later, and a Russia–Kyrgyzstan visit.
 */
public final class FactFixtures {

    public static final Parties KG_KZ = Parties.of(List.of("KZ", "KG"));
    public static final Parties KG_RU = Parties.of(List.of("RU", "KG"));

    private FactFixtures() {
    }

    public static Evidence source(String article) {
        return new Evidence(article, "https://news.example.org/" + article, "Article " + article, "quote", 0, 5);
    }

    public static PledgeFact pledge(String article, Parties parties, String billions, Integer deadline,
            String statedOn, String publishedOn) {
        return new PledgeFact(article + "-p-" + billions, "trade_turnover", parties, usd(billions), "USD", null,
                deadline, null, LocalDate.parse(statedOn), LocalDate.parse(publishedOn), null, 0.9, source(article));
    }

    public static ObservationFact actual(String article, Parties parties, String billions, String period,
            String publishedOn) {
        return observation(article, "trade_turnover", parties, billions, period, ObservationFact.Kind.ACTUAL, publishedOn);
    }

    public static ObservationFact forecast(String article, Parties parties, String billions, String period,
            String publishedOn) {
        return observation(article, "trade_turnover", parties, billions, period, ObservationFact.Kind.FORECAST,
                publishedOn);
    }

    public static ObservationFact observation(String article, String metric, Parties parties, String billions,
            String period, ObservationFact.Kind kind, String publishedOn) {
        return new ObservationFact(article + "-o-" + metric + "-" + period + "-" + kind, metric, parties,
                usd(billions), "USD", Period.parse(period), kind, null, null, LocalDate.parse(publishedOn), 0.9,
                source(article));
    }

    public static AgreementFact agreement(String article, Parties parties, String type, AgreementFact.Action action,
            String date, String place, String signedOn, String publishedOn) {
        return new AgreementFact(article + "-a-" + type + "-" + action, type, null, parties, action,
                PartialDate.parse(date), place, PartialDate.parse(signedOn), LocalDate.parse(publishedOn), 0.9,
                source(article));
    }

    public static BigDecimal usd(String billions) {
        return new BigDecimal(billions).movePointRight(9);
    }

    /** April 2024 summit report: a 2 billion target, 2023 trade at 1.5 billion, a treaty signed in Astana. */
    public static final String SUMMIT_2024 = "a-2024-04-summit";
    /** June 2024 ratification report: 2023 trade at 1.2 billion, 1.8 expected for 2024, the 2 billion target again. */
    public static final String RATIFICATION_2024 = "a-2024-06-ratification";
    /** August 2025 ministerial visit: 1.7 billion in 2024, an ambition of 3 billion. */
    public static final String VISIT_2025 = "a-2025-08-visit";
    /** August 2025 Bishkek summit: 3 billion by 2030, a roadmap, a plan, a declaration. */
    public static final String SUMMIT_2025 = "a-2025-08-summit";
    /** November 2025 Russian state visit: 4.1 billion trade in 2024, a joint declaration. */
    public static final String RUSSIA_2025 = "a-2025-11-russia";

    public static List<PledgeFact> scenarioPledges() {
        return List.of(
                pledge(SUMMIT_2024, KG_KZ, "2", null, "2024-04-19", "2024-04-22"),
                pledge(RATIFICATION_2024, KG_KZ, "2", null, "2024-06-15", "2024-06-15"),
                pledge(VISIT_2025, KG_KZ, "3", null, "2025-08-01", "2025-08-04"),
                pledge(SUMMIT_2025, KG_KZ, "3", 2030, "2025-08-21", "2025-08-25"));
    }

    public static List<ObservationFact> scenarioFigures() {
        return List.of(
                actual(SUMMIT_2024, KG_KZ, "1.5", "2023", "2024-04-22"),
                actual(RATIFICATION_2024, KG_KZ, "1.2", "2023", "2024-06-15"),
                forecast(RATIFICATION_2024, KG_KZ, "1.8", "2024", "2024-06-15"),
                actual(VISIT_2025, KG_KZ, "1.7", "2024", "2025-08-04"),
                actual(RUSSIA_2025, KG_RU, "4.1", "2024", "2025-11-27"));
    }

    public static List<AgreementFact> scenarioAgreements() {
        return List.of(
                agreement(SUMMIT_2024, KG_KZ, "agreement", AgreementFact.Action.SIGNED, "2024-04", "Astana", null,
                        "2024-04-22"),
                agreement(RATIFICATION_2024, KG_KZ, "agreement", AgreementFact.Action.RATIFIED, "2024-06", null,
                        "2024-04-19", "2024-06-15"),
                agreement(SUMMIT_2025, KG_KZ, "roadmap", AgreementFact.Action.SIGNED, "2025-08-21", "Bishkek", null,
                        "2025-08-25"),
                agreement(SUMMIT_2025, KG_KZ, "plan", AgreementFact.Action.ADOPTED, "2025-08-21", "Bishkek", null,
                        "2025-08-25"),
                agreement(RUSSIA_2025, KG_RU, "declaration", AgreementFact.Action.SIGNED, "2025-11-26", "Bishkek",
                        null, "2025-11-27"));
    }
}
