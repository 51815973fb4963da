package org.pledgewatch.extraction.reading.domain.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pledgewatch.extraction.reading.domain.Agreement;
import org.pledgewatch.extraction.reading.domain.Observation;
import org.pledgewatch.extraction.reading.domain.Pledge;

/**
 * Turns what the readers found into the article's findings: a fact repeated in the headline and the body is
 * reported once (with the best evidence), a signing and the ratification of the same document are one
 * finding, and a relative target ("doubler les échanges") gets its value from the latest level the article gives.
 */
final class FindingsAssembler {

    private FindingsAssembler() {
    }

    static List<Observation> observations(List<Observation> found) {
        Map<String, Observation> unique = new LinkedHashMap<>();
        for (Observation o : found) {
            String key = String.join("|", o.metric(), String.valueOf(o.parties()), o.value().toPlainString(),
                    String.valueOf(o.unit()), String.valueOf(yearOf(o.period())), o.kind(), String.valueOf(o.sector()));
            Observation kept = unique.get(key);
            if (kept == null || better(o.confidence(), o.period(), kept.confidence(), kept.period())) {
                unique.put(key, kept == null ? o : mergeObservation(o, kept));
            }
        }
        List<Observation> out = new ArrayList<>();
        for (Observation o : unique.values()) {
            if (o.period() == null && hasDatedTwin(o, unique.values())) {
                // "1,38 Md$ d'échanges" in a headline, "1,38 Md$ en 2024" in the body: one figure, told with its year.
                continue;
            }
            out.add(o);
        }
        return List.copyOf(out);
    }

    /** The same figure (metric, parties, value, unit, kind, sector) told elsewhere in the article with a period. */
    private static boolean hasDatedTwin(Observation o, java.util.Collection<Observation> all) {
        for (Observation q : all) {
            if (q != o && q.period() != null && q.metric().equals(o.metric()) && q.parties().equals(o.parties())
                    && q.value().compareTo(o.value()) == 0 && Objects.equals(q.unit(), o.unit())
                    && q.kind().equals(o.kind()) && Objects.equals(q.sector(), o.sector())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An undated "actual" figure equal to a target of the same parties is the target told again, in a headline that
     * gives no verb of aim ("Tokaïev et Mirziyoyev fixent le cap des 10 milliards de dollars d'échanges").
     */
    static List<Observation> withoutRestatedTargets(List<Observation> observations, List<Pledge> pledges) {
        List<Observation> out = new ArrayList<>();
        for (Observation o : observations) {
            boolean target = false;
            if (o.period() == null && "actual".equals(o.kind())) {
                for (Pledge p : pledges) {
                    if (p.targetValue() != null && p.metric().equals(o.metric()) && p.parties().equals(o.parties())
                            && p.targetValue().compareTo(o.value()) == 0 && Objects.equals(p.targetUnit(), o.unit())
                            && Objects.equals(p.sector(), o.sector())) {
                        target = true;
                        break;
                    }
                }
            }
            if (!target) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }

    private static Observation mergeObservation(Observation preferred, Observation other) {
        return new Observation(preferred.metric(), preferred.parties(), preferred.value(), preferred.unit(),
                preferred.period() != null ? preferred.period() : other.period(), preferred.kind(),
                preferred.qualifier() != null ? preferred.qualifier() : other.qualifier(), preferred.sector(),
                preferred.evidence(), Math.max(preferred.confidence(), other.confidence()));
    }

    private static boolean better(double confidence, String period, double keptConfidence, String keptPeriod) {
        if (period != null && keptPeriod == null) {
            return true;
        }
        return confidence > keptConfidence + 1e-9 && (period != null || keptPeriod == null);
    }

    static List<Pledge> pledges(List<Pledge> found, List<FigureReader.RelativeTarget> relative,
            List<Observation> observations) {
        List<Pledge> all = new ArrayList<>(found);
        for (FigureReader.RelativeTarget r : relative) {
            if (hasAbsoluteTarget(found, r)) {
                // "tripler les échanges" and "porter les échanges à 10 milliards": one target, told precisely once.
                continue;
            }
            Observation base = latestLevel(observations, r.metric(), r.parties());
            BigDecimal value = base == null ? null
                    : base.value().multiply(r.factor()).setScale(0, RoundingMode.HALF_UP);
            all.add(new Pledge(r.metric(), r.parties(), value, base == null ? null : base.unit(), r.factor(),
                    r.deadline(), r.statedBy(), r.statedOn(), null, r.evidence(), r.confidence()));
        }
        Map<String, Pledge> unique = new LinkedHashMap<>();
        for (Pledge p : all) {
            String key = String.join("|", p.metric(), String.valueOf(p.parties()),
                    p.targetValue() == null ? "-" : p.targetValue().toPlainString(), String.valueOf(p.targetUnit()),
                    String.valueOf(yearOf(p.deadline())), String.valueOf(p.sector()));
            Pledge kept = unique.get(key);
            if (kept == null) {
                unique.put(key, p);
            } else if (kept.statedBy() == null && p.statedBy() != null) {
                unique.put(key, new Pledge(kept.metric(), kept.parties(), kept.targetValue(), kept.targetUnit(),
                        kept.targetFactor() != null ? kept.targetFactor() : p.targetFactor(), kept.deadline(),
                        p.statedBy(), kept.statedOn(), kept.sector(), kept.evidence(), kept.confidence()));
            }
        }
        return withoutUndatedRepeats(List.copyOf(unique.values()));
    }

    private static boolean hasAbsoluteTarget(List<Pledge> found, FigureReader.RelativeTarget r) {
        for (Pledge p : found) {
            if (p.metric().equals(r.metric()) && p.parties().equals(r.parties()) && p.targetFactor() == null) {
                return true;
            }
        }
        return false;
    }

    /** A target told once with its deadline and once without (a headline) is one target. */
    private static List<Pledge> withoutUndatedRepeats(List<Pledge> pledges) {
        List<Pledge> out = new ArrayList<>();
        for (Pledge p : pledges) {
            boolean repeat = false;
            if (p.deadline() == null) {
                for (Pledge q : pledges) {
                    if (q != p && q.deadline() != null && q.metric().equals(p.metric())
                            && q.parties().equals(p.parties()) && sameTarget(p, q)) {
                        repeat = true;
                        break;
                    }
                }
            }
            if (!repeat) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    private static boolean sameTarget(Pledge a, Pledge b) {
        if (a.targetValue() != null && b.targetValue() != null) {
            return a.targetValue().compareTo(b.targetValue()) == 0 && Objects.equals(a.targetUnit(), b.targetUnit());
        }
        return a.targetValue() == null && b.targetValue() == null && a.targetFactor() != null
                && b.targetFactor() != null && a.targetFactor().compareTo(b.targetFactor()) == 0;
    }

    /** The most recent actual level of a metric between the same parties, without sector. */
    private static Observation latestLevel(List<Observation> observations, String metric, List<String> parties) {
        Observation best = null;
        for (Observation o : observations) {
            if (!o.metric().equals(metric) || !o.parties().equals(parties) || !"actual".equals(o.kind())
                    || o.sector() != null || "%".equals(o.unit()) || !isWholeYear(o.period())) {
                continue;
            }
            if (best == null || compareYears(o.period(), best.period()) > 0) {
                best = o;
            }
        }
        return best;
    }

    /** A level to multiply is a whole year's, not a quarter's or a running total since some year. */
    private static boolean isWholeYear(String period) {
        return period == null || period.length() == 4;
    }

    private static int compareYears(String a, String b) {
        Integer ya = yearOf(a);
        Integer yb = yearOf(b);
        if (ya == null) {
            return yb == null ? 0 : -1;
        }
        if (yb == null) {
            return 1;
        }
        return Integer.compare(ya, yb);
    }

    static List<Agreement> agreements(List<Agreement> input) {
        List<Agreement> found = withSigningDates(input);
        List<Agreement> ratifications = new ArrayList<>();
        for (Agreement a : found) {
            if ("ratified".equals(a.action())) {
                ratifications.add(a);
            }
        }
        Map<String, Agreement> unique = new LinkedHashMap<>();
        for (Agreement a : found) {
            if (!"ratified".equals(a.action()) && isRatifiedLater(a, ratifications)) {
                continue;
            }
            String key = String.join("|", a.type(), String.valueOf(a.parties()), a.action(), month(a.date()));
            Agreement kept = unique.get(key);
            if (kept == null) {
                unique.put(key, a);
            } else {
                unique.put(key, mergeAgreement(kept, a));
            }
        }
        return List.copyOf(unique.values());
    }

    /**
     * "The Duma ratified an agreement ... The agreement was signed in Dushanbe on October 8, 2024": the earlier
     * signing of a ratified document is its signing date, not a second finding.
     */
    private static List<Agreement> withSigningDates(List<Agreement> found) {
        List<Agreement> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            Agreement r = out.get(i);
            if (!"ratified".equals(r.action()) || r.signedOn() != null) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                Agreement s = out.get(j);
                if (j != i && "signed".equals(s.action()) && s.type().equals(r.type())
                        && s.parties().equals(r.parties()) && s.date() != null && r.date() != null
                        && s.date().compareTo(r.date()) < 0 && !month(s.date()).equals(month(r.date()))) {
                    out.set(i, new Agreement(r.type(), r.title(), r.parties(), r.action(), r.date(),
                            r.place() != null ? r.place() : s.place(), s.date(), r.evidence(), r.confidence()));
                    break;
                }
            }
        }
        return out;
    }

    /** The same document signed (told in one sentence) and ratified (told in another) is one finding. */
    private static boolean isRatifiedLater(Agreement signed, List<Agreement> ratifications) {
        for (Agreement r : ratifications) {
            if (r.type().equals(signed.type()) && r.parties().equals(signed.parties())
                    && (Objects.equals(month(r.signedOn()), month(signed.date()))
                    || Objects.equals(month(r.date()), month(signed.date())))) {
                return true;
            }
        }
        return false;
    }

    private static Agreement mergeAgreement(Agreement kept, Agreement other) {
        String date = precision(other.date()) > precision(kept.date()) ? other.date() : kept.date();
        String signedOn = precision(other.signedOn()) > precision(kept.signedOn()) ? other.signedOn()
                : kept.signedOn();
        String title = kept.title().length() >= other.title().length() ? kept.title() : other.title();
        return new Agreement(kept.type(), title, kept.parties(), kept.action(), date,
                kept.place() != null ? kept.place() : other.place(), signedOn, kept.evidence(),
                Math.max(kept.confidence(), other.confidence()));
    }

    private static int precision(String date) {
        return date == null ? 0 : date.length();
    }

    private static String month(String date) {
        if (date == null) {
            return "";
        }
        return date.length() >= 7 ? date.substring(0, 7) : date;
    }

    static Integer yearOf(String period) {
        if (period == null) {
            return null;
        }
        Integer last = null;
        for (int i = 0; i + 4 <= period.length(); i++) {
            boolean digits = true;
            for (int k = i; k < i + 4; k++) {
                if (!Character.isDigit(period.charAt(k))) {
                    digits = false;
                    break;
                }
            }
            if (digits) {
                last = Integer.parseInt(period.substring(i, i + 4));
                i += 3;
            }
        }
        return last;
    }
}
