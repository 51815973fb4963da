package org.pledgewatch.extraction.reading.domain.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.pledgewatch.extraction.reading.domain.lexicon.Lexicon;
import org.pledgewatch.extraction.reading.domain.lexicon.MentionIndex;
import org.pledgewatch.extraction.reading.domain.text.NormalizedText;
import org.pledgewatch.extraction.reading.domain.text.TextNormalizer;

class AmountGrammarTest {

    private static final Lexicon FR = Lexicon.load("fr");
    private static final Lexicon EN = Lexicon.load("en");

    private static List<Amount> amounts(Lexicon lexicon, String text) {
        NormalizedText t = TextNormalizer.normalize(text);
        MentionIndex mentions = new MentionIndex(lexicon.find(t));
        return new AmountGrammar().read(t, mentions, new NumberScanner(lexicon).scan(t).numbers());
    }

    private static Amount only(Lexicon lexicon, String text) {
        List<Amount> found = amounts(lexicon, text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    private static void money(Lexicon lexicon, String text, String value, String unit) {
        Amount a = only(lexicon, text);
        assertThat(a.value()).as(text).isEqualByComparingTo(new BigDecimal(value));
        assertThat(a.unit()).as(text).isEqualTo(unit);
    }

    @Test
    void frenchDecimalCommaAndScales() {
        money(FR, "porter le volume à 3 milliards de dollars d'ici 2030", "3000000000", "USD");
        money(FR, "ont atteint 1,2 milliard de dollars en 2023", "1200000000", "USD");
        money(FR, "soit 1,3 Md$ depuis 2005", "1300000000", "USD");
        money(FR, "environ 500 millions d'euros", "500000000", "EUR");
        money(FR, "10 milliards de roubles", "10000000000", "RUB");
        money(FR, "1 000 milliards de tenges", "1000000000000", "KZT");
    }

    @Test
    void thousandsSeparatorsOfEveryKind() {
        money(FR, "2 315 millions de dollars sur la période", "2315000000", "USD");
        money(FR, "2\u00a0315 millions de dollars", "2315000000", "USD");
        money(FR, "13\u202f781 millions de dollars", "13781000000", "USD");
        money(EN, "trade of $2,315 million", "2315000000", "USD");
        money(EN, "about $1.5bn", "1500000000", "USD");
    }

    @Test
    void frenchBillionIsATrillion() {
        money(FR, "1 billion de soums", "1000000000000", "UZS");
        money(EN, "1 billion soums", "1000000000", "UZS");
    }

    @Test
    void spelledOutNumbers() {
        money(FR, "à dix milliards de dollars", "10000000000", "USD");
        money(FR, "à un milliard et demi de dollars", "1500000000", "USD");
        money(FR, "sept milliards de dollars à moyen terme", "7000000000", "USD");
        money(FR, "quatre-vingt-dix millions de dollars", "90000000", "USD");
        money(FR, "deux cents millions de dollars", "200000000", "USD");
        money(EN, "one and a half billion dollars", "1500000000", "USD");
        money(EN, "half a billion dollars", "500000000", "USD");
    }

    @Test
    void currencySymbolsAndCodes() {
        money(EN, "USD 300 million", "300000000", "USD");
        money(EN, "£1.1 billion", "1100000000", "GBP");
        money(EN, "€400 million", "400000000", "EUR");
        money(FR, "2 milliards de dollars US", "2000000000", "USD");
        money(FR, "3 milliards de yuans", "3000000000", "CNY");
        money(FR, "50 millions de soms", "50000000", "KGS");
    }

    @Test
    void percentages() {
        Amount a = only(FR, "a augmenté de 13,6 % pour");
        assertThat(a.kind()).isEqualTo(Amount.Kind.PERCENT);
        assertThat(a.value()).isEqualByComparingTo("13.6");
        assertThat(only(EN, "up 13.6 percent").value()).isEqualByComparingTo("13.6");
    }

    @Test
    void scaledNumberWithoutCurrencyIsKeptForLaterButCountsOfThingsAreNot() {
        Amount elliptic = only(FR, "contre 1,2 milliard en 2022");
        assertThat(elliptic.kind()).isEqualTo(Amount.Kind.SCALED);
        assertThat(amounts(FR, "un volume de 1,75 milliard de mètres cubes")).isEmpty();
        assertThat(amounts(EN, "2 million tonnes of grain")).isEmpty();
    }

    @Test
    void wordsThatAreNotAmounts() {
        assertThat(amounts(FR, "un accord et sept ministres, 1 800 entreprises, en 2024")).isEmpty();
        assertThat(amounts(EN, "a deal and one of the seven ministers")).isEmpty();
    }

    @Test
    void absurdNumbersAreDropped() {
        assertThat(amounts(EN, "$99999999999999999999999999999 billion")).isEmpty();
        assertThat(amounts(FR, "999999999999 milliards de dollars")).isEmpty();
    }
}
