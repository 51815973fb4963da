package org.pledgewatch.extraction.reading.domain.numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.extraction.reading.domain.lexicon.Mention;
import org.pledgewatch.extraction.reading.domain.lexicon.MentionIndex;
import org.pledgewatch.extraction.reading.domain.lexicon.TermKind;
import org.pledgewatch.extraction.reading.domain.text.NormalizedText;

/**
 * Reads amounts: a number (digits, or words such as "dix", "un milliard et demi"), an optional scale
 * ("milliards", "bn"; French "billion" is 10^12) and a currency before or after it ("$10 billion",
 * "3 milliards de dollars", "1,3 Md$", "500 millions d'euros") or a percent sign. Numbers in words need a scale
 * or a currency, so that "un accord" or "sept ministres" are not amounts.
 */
public final class AmountGrammar {

    /** No trade figure, investment or target is larger than this; bigger numbers are noise. */
    private static final BigDecimal MAX_MONEY = new BigDecimal("1e15");
    private static final BigDecimal MAX_PERCENT = new BigDecimal("10000");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    public List<Amount> read(NormalizedText text, MentionIndex mentions, List<NumberToken> numbers) {
        List<Amount> out = new ArrayList<>();
        String f = text.folded();
        int lastEnd = -1;
        for (NumberToken number : numbers) {
            if (number.start() < lastEnd || number.ordinal()) {
                continue;
            }
            Amount amount = extend(f, mentions, number.start(), number.end(), number.value(),
                    number.attachedScale(), false);
            if (amount != null) {
                out.add(amount);
                lastEnd = amount.end();
            }
        }
        for (Amount spelled : spelledAmounts(f, mentions)) {
            if (!overlapsAny(out, spelled)) {
                out.add(spelled);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean overlapsAny(List<Amount> amounts, Amount a) {
        for (Amount b : amounts) {
            if (a.start() < b.end() && b.start() < a.end()) {
                return true;
            }
        }
        return false;
    }

    /** Sequences of number words ("quatre-vingt-dix", "deux cent cinquante") followed by a scale or currency. */
    private List<Amount> spelledAmounts(String f, MentionIndex mentions) {
        List<Amount> out = new ArrayList<>();
        List<Mention> all = mentions.all();
        int i = 0;
        while (i < all.size()) {
            Mention m = all.get(i);
            boolean halfPrefix = m.is(TermKind.HALF) && spelledHalfPrefix(m);
            if (!m.is(TermKind.NUMBER_WORD) && !m.is(TermKind.HUNDRED) && !halfPrefix) {
                i++;
                continue;
            }
            int start = m.start();
            int end = m.end();
            long current = 0;
            int j = i;
            if (halfPrefix) {
                j = i + 1;
            } else {
                while (j < all.size()) {
                    Mention w = all.get(j);
                    if (w.start() < end && j > i) {
                        j++;
                        continue;
                    }
                    boolean joined = j == i || gapIn(f, end, w.start(), "", " ", "-", " et ", " and ");
                    if (!joined || !(w.is(TermKind.NUMBER_WORD) || w.is(TermKind.HUNDRED))) {
                        break;
                    }
                    current = w.is(TermKind.HUNDRED) ? Math.max(1, current) * 100 : current + (long) w.term().number();
                    end = w.end();
                    j++;
                    if (current > 1_000_000) {
                        break;
                    }
                }
            }
            BigDecimal value = halfPrefix ? HALF : BigDecimal.valueOf(current);
            Amount amount = extend(f, mentions, start, end, value, null, true);
            if (amount != null && (amount.kind() != Amount.Kind.SCALED || hasScaleWord(mentions, end, amount.end())
                    || halfPrefix)) {
                out.add(amount);
                while (j < all.size() && all.get(j).start() < amount.end()) {
                    j++;
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean hasScaleWord(MentionIndex mentions, int from, int to) {
        for (Mention m : mentions.between(from, to)) {
            if (m.is(TermKind.SCALE)) {
                return true;
            }
        }
        return false;
    }

    /** Adds scale, half, currency or percent to the number at [start, end); null when it is a bare number. */
    private Amount extend(String f, MentionIndex mentions, int start, int end, BigDecimal number,
            BigDecimal attachedScale, boolean spelled) {
        BigDecimal value = number;
        BigDecimal scale = attachedScale;
        int pos = end;
        boolean addHalf = false;
        Mention next = next(f, mentions, pos, TermKind.HALF);
        if (next != null && !spelledHalfPrefix(next)) {
            addHalf = true;
            pos = next.end();
        }
        Mention scaleWord = next(f, mentions, pos, TermKind.SCALE);
        if (scaleWord != null) {
            scale = (scale == null ? BigDecimal.ONE : scale).multiply(new BigDecimal(scaleWord.value()));
            pos = scaleWord.end();
            Mention half = next(f, mentions, pos, TermKind.HALF);
            if (half != null && !spelledHalfPrefix(half)) {
                addHalf = true;
                pos = half.end();
            }
        }
        if (addHalf) {
            value = value.add(HALF);
        }
        String currency = null;
        Mention suffix = nextCurrency(f, mentions, pos);
        if (suffix != null) {
            currency = suffix.value();
            pos = suffix.end();
        }
        int from = start;
        if (currency == null && !spelled) {
            Mention prefix = prefixCurrency(f, mentions, start);
            if (prefix != null) {
                currency = prefix.value();
                from = prefix.start();
            }
        }
        if (currency == null && scale == null) {
            Mention percent = next(f, mentions, pos, TermKind.PERCENT);
            if (percent != null) {
                BigDecimal pct = value.stripTrailingZeros();
                if (pct.compareTo(MAX_PERCENT) > 0) {
                    return null;
                }
                return new Amount(from, percent.end(), clean(value), "%", Amount.Kind.PERCENT, spelled);
            }
            return null;
        }
        if (currency == null && countsSomethingElse(f, mentions, pos)) {
            return null;
        }
        BigDecimal total = scale == null ? value : value.multiply(scale);
        if (total.compareTo(MAX_MONEY) > 0 || total.signum() <= 0) {
            return null;
        }
        if (currency == null) {
            return new Amount(from, pos, clean(total), null, Amount.Kind.SCALED, spelled);
        }
        return new Amount(from, pos, clean(total), currency, Amount.Kind.MONEY, spelled);
    }

    /** "1,75 milliard de mètres cubes", "7 millions d'habitants", "2 million tonnes": not money. */
    private static boolean countsSomethingElse(String f, MentionIndex mentions, int pos) {
        for (Mention m : mentions.between(pos, pos + 6)) {
            if (m.kind() == TermKind.UNIT && gapIn(f, pos, m.start(), " ", " de ", " d'", " of ")) {
                return true;
            }
        }
        // French counts things with "de": "2 millions de tonnes", "un milliard de personnes"; but "d'ici 2030",
        // "de l'an dernier" are dates, not what is counted.
        int word;
        if (f.startsWith(" de ", pos)) {
            word = pos + 4;
        } else if (f.startsWith(" d'", pos)) {
            word = pos + 3;
        } else {
            return false;
        }
        if (word >= f.length() || !Character.isLetter(f.charAt(word))) {
            return false;
        }
        for (Mention m : mentions.between(pos + 1, word + 1)) {
            if (m.kind() != TermKind.UNIT && m.start() >= pos + 1) {
                return false;
            }
        }
        return true;
    }

    /** "demi-" and "half a" start a number; "et demi" and "and a half" end one. */
    private static boolean spelledHalfPrefix(Mention half) {
        String w = half.term().written();
        return w.endsWith("-") || w.equals("demi") || w.startsWith("half");
    }

    private static Mention next(String f, MentionIndex mentions, int pos, TermKind kind) {
        for (Mention m : mentions.between(pos, pos + 3)) {
            if (m.kind() == kind && gapIn(f, pos, m.start(), "", " ")) {
                return m;
            }
        }
        return null;
    }

    private static Mention nextCurrency(String f, MentionIndex mentions, int pos) {
        for (Mention m : mentions.between(pos, pos + 6)) {
            if (m.kind() == TermKind.CURRENCY && !"prefix".equals(m.term().extra())
                    && gapIn(f, pos, m.start(), "", " ", " de ", " d'", " en ", " in ", " of ")) {
                return m;
            }
        }
        return null;
    }

    private static Mention prefixCurrency(String f, MentionIndex mentions, int start) {
        for (Mention m : mentions.endingAt(start)) {
            if (m.kind() == TermKind.CURRENCY && !"suffix".equals(m.term().extra())) {
                return m;
            }
        }
        if (start > 0 && f.charAt(start - 1) == ' ') {
            for (Mention m : mentions.endingAt(start - 1)) {
                if (m.kind() == TermKind.CURRENCY && !"suffix".equals(m.term().extra())) {
                    return m;
                }
            }
        }
        return null;
    }

    static boolean gapIn(String f, int from, int to, String... allowed) {
        if (to < from || to - from > 6) {
            return false;
        }
        for (String a : allowed) {
            if (a.length() == to - from && f.startsWith(a, from)) {
                return true;
            }
        }
        return false;
    }

    /** Whole numbers without a fractional part, and never an exponent in JSON. */
    static BigDecimal clean(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0, RoundingMode.UNNECESSARY);
        }
        return s;
    }
}
