package org.pledgewatch.extraction.reading.domain.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.pledgewatch.extraction.reading.domain.lexicon.Lexicon;
import org.pledgewatch.extraction.reading.domain.text.NormalizedText;

/**
 * Finds numbers written in digits, with the separators of the article's language: French writes
 * "2 315,5" (spaces or periods between thousands, a decimal comma), English "2,315.5". A group of three digits
 * after a separator is a thousands group; anything else after a comma (French) or a period (English) is a
 * decimal part. Digits glued to letters ("G20", "COVID-19" is fine, "4G" is not a number) are skipped.
 */
public final class NumberScanner {

    /** More digits than this is not a figure anyone reports. */
    private static final int MAX_DIGITS = 18;
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("er", "re", "e", "eme", "st", "nd", "rd", "th");

    private final boolean decimalComma;
    private final Lexicon lexicon;

    public NumberScanner(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.decimalComma = !"en".equals(lexicon.language());
    }

    public record Result(List<NumberToken> numbers, List<NumericDate> dates) {
    }

    public Result scan(NormalizedText text) {
        String f = text.folded();
        int n = f.length();
        List<NumberToken> numbers = new ArrayList<>();
        List<NumericDate> dates = new ArrayList<>();
        int i = 0;
        while (i < n) {
            char c = f.charAt(i);
            if (isDigit(c)) {
                if (i > 0 && Character.isLetter(f.charAt(i - 1))) {
                    i = skipWord(f, i);
                    continue;
                }
                int next = scanAt(f, i, numbers, dates);
                i = Math.max(next, i + 1);
            } else {
                i++;
            }
        }
        return new Result(numbers, dates);
    }

    private static int skipWord(String f, int i) {
        int j = i;
        while (j < f.length() && Character.isLetterOrDigit(f.charAt(j))) {
            j++;
        }
        return j;
    }

    private int scanAt(String f, int start, List<NumberToken> numbers, List<NumericDate> dates) {
        int n = f.length();
        int j = digitsEnd(f, start);
        int firstGroup = j - start;
        if (firstGroup > MAX_DIGITS) {
            return skipWord(f, j);
        }
        int dateEnd = numericDate(f, start, j, dates);
        if (dateEnd > 0) {
            return dateEnd;
        }
        StringBuilder digits = new StringBuilder(f.substring(start, j));
        boolean plain = true;
        // Thousands groups.
        while (j + 3 < n && firstGroup <= 3) {
            char sep = f.charAt(j);
            if (!isThousandsSeparator(sep)) {
                break;
            }
            int g = j + 1;
            int ge = digitsEnd(f, g);
            if (ge - g != 3) {
                break;
            }
            digits.append(f, g, ge);
            j = ge;
            plain = false;
            if (digits.length() > MAX_DIGITS) {
                return skipWord(f, j);
            }
        }
        // Decimal part.
        String fraction = "";
        if (j + 1 < n && isDecimalSeparator(f.charAt(j), f, j) && isDigit(f.charAt(j + 1))) {
            int fe = digitsEnd(f, j + 1);
            if (fe - (j + 1) <= 6) {
                fraction = f.substring(j + 1, fe);
                j = fe;
                plain = false;
            }
        }
        BigDecimal value = new BigDecimal(fraction.isEmpty() ? digits.toString() : digits + "." + fraction);
        BigDecimal attached = null;
        boolean ordinal = false;
        if (j < n && Character.isLetter(f.charAt(j))) {
            int we = skipWord(f, j);
            String suffix = f.substring(j, we);
            attached = lexicon.attachedScale(suffix);
            if (attached == null) {
                if (ORDINAL_SUFFIXES.contains(suffix)) {
                    ordinal = true;
                } else {
                    return we;
                }
            }
            j = we;
        }
        numbers.add(new NumberToken(start, j, value, plain && !ordinal, digits.length(), attached, ordinal));
        return j;
    }

    private boolean isThousandsSeparator(char c) {
        return decimalComma ? (c == ' ' || c == '.' || c == '\'') : (c == ',' || c == ' ' || c == '\'');
    }

    private boolean isDecimalSeparator(char c, String f, int at) {
        if (decimalComma) {
            // French pages sometimes write "1.5 milliard": a period not followed by exactly three digits.
            if (c == ',') {
                return true;
            }
            if (c == '.') {
                int e = digitsEnd(f, at + 1);
                return e - (at + 1) != 3 && e > at + 1;
            }
            return false;
        }
        return c == '.';
    }

    /** Reads "08/25/2025", "25.08.2025" or "2025-08-25" starting with the digits [start, firstEnd). */
    private int numericDate(String f, int start, int firstEnd, List<NumericDate> dates) {
        int n = f.length();
        if (firstEnd >= n) {
            return -1;
        }
        char sep = f.charAt(firstEnd);
        if (sep != '/' && sep != '.' && sep != '-') {
            return -1;
        }
        int a = firstEnd - start;
        int second = firstEnd + 1;
        int secondEnd = digitsEnd(f, second);
        if (secondEnd - second < 1 || secondEnd - second > 2 || secondEnd >= n || f.charAt(secondEnd) != sep) {
            return -1;
        }
        int third = secondEnd + 1;
        int thirdEnd = digitsEnd(f, third);
        if (thirdEnd < n && Character.isLetterOrDigit(f.charAt(thirdEnd))) {
            return -1;
        }
        int x = parse(f, start, firstEnd);
        int y = parse(f, second, secondEnd);
        if (a == 4 && sep == '-' && thirdEnd - third <= 2) {
            return add(dates, start, thirdEnd, x, y, parse(f, third, thirdEnd));
        }
        if (a > 2 || thirdEnd - third != 4) {
            return -1;
        }
        int year = parse(f, third, thirdEnd);
        int month;
        int day;
        if (x > 12 && y <= 12) {
            day = x;
            month = y;
        } else if (y > 12 && x <= 12) {
            month = x;
            day = y;
        } else if (sep == '/' && !decimalComma) {
            month = x;
            day = y;
        } else {
            day = x;
            month = y;
        }
        return add(dates, start, thirdEnd, year, month, day);
    }

    private static int add(List<NumericDate> dates, int start, int end, int year, int month, int day) {
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return end;
        }
        dates.add(new NumericDate(start, end, year, month, day));
        return end;
    }

    private static int parse(String f, int from, int to) {
        int v = 0;
        for (int i = from; i < to && i < from + 6; i++) {
            v = v * 10 + (f.charAt(i) - '0');
        }
        return v;
    }

    private static int digitsEnd(String f, int i) {
        int j = i;
        while (j < f.length() && isDigit(f.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
