package org.pledgewatch.extraction.reading.domain.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.pledgewatch.extraction.reading.domain.Agreement;
import org.pledgewatch.extraction.reading.domain.Span;
import org.pledgewatch.extraction.reading.domain.lexicon.Mention;
import org.pledgewatch.extraction.reading.domain.lexicon.TermKind;
import org.pledgewatch.extraction.reading.domain.places.CountryRef;
import org.pledgewatch.extraction.reading.domain.places.CountryRefs;
import org.pledgewatch.extraction.reading.domain.text.Sentence;
import org.pledgewatch.extraction.reading.domain.time.TimeExpr;

/**
 * Reads the documents an article says were signed, adopted or ratified. A document noun counts only with an
 * action in its sentence ("ont signé un accord", "une feuille de route a été signée", "la ratification de
 * l'accord"), or in the sentence before it when it is one more item of a list ("Deux mémorandums ..."), or in
 * the sentence after it ("... un accord. Le document a été signé le 5 mars"). Documents only mentioned ("l'accord
 * de 2003", "les accords précédents", "ce traité"), amended by the new one, or still to be signed are not new.
 */
final class AgreementReader {

    /** How far before an action a "sera", "devrait être", "n'a pas été" still governs it. */
    private static final int MODAL_REACH = 30;
    private static final int TITLE_MAX = 90;
    private static final String[] TITLE_STOPS = {" a ", " ont ", " a ete", " ont ete", " qui ", " que ", " est ",
        " sont ", " avait ", " visant", " vise ", " entre les ", " was ", " were ", " has ", " have ", " that ",
        " which ", " is ", " are ", " signe", " adopte", " ratifie", " signed", " adopted", " ratified", " et ",
        " and ", " ainsi ", " accompagne", " dans le cadre", " lors ", " during ", " pour ", " afin ", " to "};

    private final ArticleContext ctx;
    private final EventTimeline timeline;
    private final List<Agreement> agreements = new ArrayList<>();
    /** Document nouns of the previous sentence that had no action: an anaphor in the next one may sign them. */
    private List<Mention> pending = List.of();
    private Sentence pendingSentence;
    private String lastAction;
    private Sentence lastActionSentence;

    AgreementReader(ArticleContext ctx, EventTimeline timeline) {
        this.ctx = ctx;
        this.timeline = timeline;
    }

    List<Agreement> agreements() {
        return agreements;
    }

    void read() {
        for (Sentence s : ctx.sentences()) {
            readSentence(s);
        }
    }

    private void readSentence(Sentence s) {
        List<Mention> mentions = ctx.mentionsIn(s);
        List<Mention> nouns = new ArrayList<>();
        List<Mention> actions = new ArrayList<>();
        Mention documentAnaphor = null;
        for (Mention m : mentions) {
            if (m.kind() == TermKind.AGREEMENT && !"-".equals(m.value())) {
                nouns.add(m);
            } else if (m.kind() == TermKind.ACTION && isDone(m.value()) && !isBlocked(s, m)) {
                actions.add(m);
            } else if (m.is(TermKind.REFERENCE, "document") && documentAnaphor == null) {
                documentAnaphor = m;
            }
        }
        List<Mention> unsigned = new ArrayList<>();
        boolean signedHere = false;
        for (Mention noun : nouns) {
            if ("*".equals(noun.value())) {
                // "Les délégations ont signé douze documents": the next sentence may list them.
                Mention action = actionFor(noun, actions);
                if (action != null) {
                    lastAction = action.value();
                    signedHere = true;
                }
                continue;
            }
            if (isAmendedOrOld(s, noun)) {
                continue;
            }
            boolean demonstrative = hasDemonstrative(noun);
            Mention action = actionFor(noun, actions);
            String actionName = action == null ? null : action.value();
            if (action == null && !demonstrative && continuesList(s, noun)) {
                actionName = lastAction;
            }
            if (actionName == null) {
                if (!demonstrative) {
                    unsigned.add(noun);
                }
                continue;
            }
            if (demonstrative) {
                if ("ratified".equals(actionName)) {
                    ratifyPrevious(s, noun.value(), action);
                }
                continue;
            }
            if (add(s, noun, actionName, action)) {
                signedHere = true;
            }
        }
        if (nouns.isEmpty() || (!signedHere && unsigned.isEmpty())) {
            if (documentAnaphor != null && !actions.isEmpty()) {
                Mention action = actions.get(0);
                if (!pending.isEmpty() && pendingSentence != null && s.index() - pendingSentence.index() == 1) {
                    for (Mention noun : pending) {
                        if (add(pendingSentence, noun, action.value(), null)) {
                            signedHere = true;
                        }
                    }
                } else if ("ratified".equals(action.value())) {
                    ratifyPrevious(s, null, action);
                } else if ("signed".equals(action.value())) {
                    completeSigning(s, action);
                }
            }
        }
        pending = unsigned;
        pendingSentence = s;
        if (signedHere) {
            lastActionSentence = s;
        }
    }

    private static boolean isDone(String action) {
        return action.equals("signed") || action.equals("adopted") || action.equals("ratified");
    }

    /** "sera signé", "devrait être signé", "en vue de la signature", "n'a pas été signé". */
    private boolean isBlocked(Sentence s, Mention action) {
        for (Mention m : ctx.mentions().between(Math.max(s.start(), action.start() - MODAL_REACH), action.start())) {
            if (m.is(TermKind.ACTION, "future") || m.is(TermKind.ACTION, "negation")) {
                return true;
            }
        }
        return false;
    }

    /** The action nearest the noun; a ratification anywhere before it wins ("la ratification de l'accord ... signé"). */
    private Mention actionFor(Mention noun, List<Mention> actions) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention a : actions) {
            if (a.value().equals("ratified") && a.end() <= noun.start()) {
                return a;
            }
            int d = a.start() >= noun.end() ? a.start() - noun.end() : noun.start() - a.end();
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best;
    }

    /** "protocole modifiant l'accord de 2003", "les accords précédents", "l'accord de 2003". */
    private boolean isAmendedOrOld(Sentence s, Mention noun) {
        for (Mention m : ctx.mentions().between(Math.max(s.start(), noun.start() - 25), noun.start())) {
            if (m.is(TermKind.ACTION, "amends")) {
                return true;
            }
        }
        int titleEnd = ownTitleEnd(s, noun);
        for (Mention m : ctx.mentions().between(noun.end(), Math.min(s.end(), noun.end() + 25))) {
            if (m.is(TermKind.ACTION, "old")) {
                return true;
            }
        }
        for (Mention m : ctx.mentions().between(Math.max(s.start(), noun.start() - 15), noun.start())) {
            if (m.is(TermKind.ACTION, "old")) {
                return true;
            }
        }
        for (TimeExpr t : ctx.timesIn(s)) {
            if (t.start() >= noun.end() && t.end() <= titleEnd && t.kind() == TimeExpr.Kind.YEAR
                    && t.role() == TimeExpr.Role.NONE && isOlderThanStory(t.year())) {
                return !hasRatification(s, noun);
            }
        }
        return false;
    }

    private boolean hasRatification(Sentence s, Mention noun) {
        for (Mention m : ctx.mentionsIn(s)) {
            if (m.is(TermKind.ACTION, "ratified") && m.end() <= noun.start()) {
                return true;
            }
        }
        return false;
    }

    private boolean isOlderThanStory(int year) {
        LocalDate p = ctx.publishedOn();
        return p != null ? year < p.getYear() : year < 2000;
    }

    private boolean hasDemonstrative(Mention noun) {
        for (Mention m : ctx.mentions().endingAt(noun.start() - 1)) {
            if (m.is(TermKind.REFERENCE, "demonstrative")) {
                return true;
            }
        }
        return false;
    }

    /** "Deux mémorandums ..." right after a sentence that signed documents: one more item of the same list. */
    private boolean continuesList(Sentence s, Mention noun) {
        if (lastAction == null || lastActionSentence == null || s.index() - lastActionSentence.index() != 1
                || lastActionSentence.line() != s.line()) {
            return false;
        }
        for (Mention m : ctx.mentions().between(Math.max(s.start(), noun.start() - 20), noun.start())) {
            if (m.is(TermKind.REFERENCE, "numeral")) {
                return true;
            }
        }
        // "Parmi eux figurent une feuille de route, un mémorandum ...", "Among them were ...".
        for (Mention m : ctx.mentions().between(s.start(), noun.start())) {
            if (m.is(TermKind.REFERENCE, "list")) {
                return true;
            }
        }
        return false;
    }

    private boolean add(Sentence s, Mention noun, String action, Mention actionMention) {
        int titleEnd = titleEnd(s, noun);
        List<TimeExpr> times = ctx.timesIn(s);
        String date = null;
        String signedOn = null;
        if ("ratified".equals(action)) {
            Mention signedMention = signedActionIn(s, actionMention);
            TimeExpr signing = dateNear(times, signedMention != null ? signedMention : noun,
                    signedMention != null ? signedMention.end() : titleEnd, s, true);
            if (signing != null && actionMention != null && signedMention == null
                    && dateNear(times, actionMention, actionMention.end(), s, false) == signing) {
                signing = null;
            }
            signedOn = signing == null ? null : signing.asDate();
            TimeExpr ratifiedOn = actionMention == null ? null : dateNear(times, actionMention, actionMention.end(), s,
                    false);
            date = ratifiedOn != null && ratifiedOn != signing ? ratifiedOn.asDate() : publicationMonth();
        } else {
            TimeExpr when = dateNear(times, noun, titleEnd, s, false);
            date = when != null ? when.asDate() : timeline.dateAt(s);
            if (date != null && ctx.publishedOn() != null && date.length() >= 4
                    && Integer.parseInt(date.substring(0, 4)) < ctx.publishedOn().getYear() - 1) {
                return false;
            }
        }
        List<String> parties = partiesOf(s, noun);
        if (parties.size() < 2) {
            return false;
        }
        String title = ctx.text().originalText(noun.start(), titleEnd).strip();
        agreements.add(new Agreement(noun.value(), title, parties, action, date, placeOf(s), signedOn,
                evidence(s), actionMention == null ? 0.7 : 0.85));
        lastAction = action;
        return true;
    }

    /** "ratifié l'accord ... signé à Douchanbé en octobre 2024": the signing told inside a ratification. */
    private Mention signedActionIn(Sentence s, Mention ratification) {
        for (Mention m : ctx.mentionsIn(s)) {
            if (m.is(TermKind.ACTION, "signed") && (ratification == null || m.start() > ratification.end())) {
                return m;
            }
        }
        return null;
    }

    /** "Le document avait été signé le 26 janvier 2023": when the document ratified earlier was signed. */
    private boolean completeSigning(Sentence s, Mention action) {
        if (agreements.isEmpty()) {
            return false;
        }
        int last = agreements.size() - 1;
        Agreement a = agreements.get(last);
        if (!"ratified".equals(a.action()) || a.signedOn() != null) {
            return false;
        }
        TimeExpr when = dateNear(ctx.timesIn(s), action, action.end(), s, true);
        if (when == null) {
            return false;
        }
        String place = null;
        for (CountryRef r : ctx.countries().between(s.start(), s.end())) {
            if (r.source() == CountryRef.Source.CITY && r.placeOnly()) {
                place = r.name();
                break;
            }
        }
        agreements.set(last, new Agreement(a.type(), a.title(), a.parties(), a.action(), a.date(),
                place != null ? place : a.place(), when.asDate(), a.evidence(), a.confidence()));
        return true;
    }

    /** A ratification of a document named earlier ("Ce document vient d'être ratifié"). */
    private void ratifyPrevious(Sentence s, String type, Mention action) {
        for (int i = agreements.size() - 1; i >= 0; i--) {
            Agreement a = agreements.get(i);
            if (type != null && !a.type().equals(type)) {
                continue;
            }
            if (!"ratified".equals(a.action())) {
                TimeExpr ratifiedOn = dateNear(ctx.timesIn(s), action, action.end(), s, false);
                agreements.set(i, new Agreement(a.type(), a.title(), a.parties(), "ratified",
                        ratifiedOn != null ? ratifiedOn.asDate() : publicationMonth(), a.place(), a.date(),
                        a.evidence(), a.confidence()));
            }
            return;
        }
    }

    private String publicationMonth() {
        LocalDate p = ctx.publishedOn();
        return p == null ? null : String.format("%04d-%02d", p.getYear(), p.getMonthValue());
    }

    /** The date of the action in the sentence: a day or month outside the document's own title. */
    private TimeExpr dateNear(List<TimeExpr> times, Mention anchor, int titleEnd, Sentence s, boolean anyYear) {
        TimeExpr best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpr t : times) {
            if (t.role() != TimeExpr.Role.NONE || !t.hasYear() || EventTimeline.isFuture(t, ctx.publishedOn())) {
                continue;
            }
            if (t.start() >= anchor.start() && t.end() <= titleEnd && t.kind() != TimeExpr.Kind.DAY
                    && t.kind() != TimeExpr.Kind.MONTH) {
                continue;
            }
            if (!t.isDayOrMonth() && insideTitle(s, t.start())) {
                continue;
            }
            if (!t.isDayOrMonth() && !(anyYear || t.kind() == TimeExpr.Kind.YEAR)) {
                continue;
            }
            int d = t.start() >= anchor.end() ? t.start() - anchor.end() : anchor.start() - t.end();
            if (t.isDayOrMonth()) {
                d -= 1000;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    private List<String> partiesOf(Sentence s, Mention noun) {
        Set<String> codes = new TreeSet<>(CountryRefs.codes(ctx.countries().parties(s.start(), s.end())));
        if (isMultilateral(s) && codes.size() < 3) {
            // "A trilateral agreement was signed in Beijing": who the three are is not said here.
            return List.of();
        }
        if (codes.size() >= 2) {
            List<String> focus = ctx.parties().focusPair(s);
            if (codes.size() > 2 && focus.size() == 2 && codes.containsAll(focus) && !isMultilateral(s)) {
                return focus;
            }
            return List.copyOf(codes);
        }
        List<String> focus = ctx.parties().focusPair(s);
        if (codes.size() == 1) {
            String x = codes.iterator().next();
            if (focus.contains(x) && focus.size() == 2) {
                return focus;
            }
            String home = ctx.parties().home();
            if (home != null && !home.equals(x)) {
                return List.copyOf(new TreeSet<>(List.of(home, x)));
            }
            return List.of(x);
        }
        return focus;
    }

    private boolean isMultilateral(Sentence s) {
        String f = ctx.folded().substring(s.start(), s.end());
        return f.contains("trilat") || f.contains("multilat") || f.contains("quadrilat");
    }

    /** Where the signing happened: a city named as a location outside any document's title, else the event's. */
    private String placeOf(Sentence s) {
        for (CountryRef r : ctx.countries().between(s.start(), s.end())) {
            if (r.source() == CountryRef.Source.CITY && r.placeOnly() && !insideTitle(s, r.start())) {
                return r.name();
            }
        }
        return timeline.placeAt(s);
    }

    private boolean insideTitle(Sentence s, int position) {
        for (Mention m : ctx.mentionsIn(s)) {
            if (m.kind() == TermKind.AGREEMENT && m.end() <= position && position < titleEnd(s, m)) {
                return true;
            }
        }
        return false;
    }

    /** Where the document's title ends: at punctuation, a verb, or a joining word. */
    private int titleEnd(Sentence s, Mention noun) {
        String f = ctx.folded();
        int limit = Math.min(s.end(), noun.end() + TITLE_MAX);
        int end = noun.end();
        for (int i = noun.end(); i < limit; i++) {
            char c = f.charAt(i);
            boolean inNumber = (c == ',' || c == '.') && i > 0 && i + 1 < f.length()
                    && Character.isDigit(f.charAt(i - 1)) && Character.isDigit(f.charAt(i + 1));
            if (!inNumber && (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"'
                    || c == '-' && i + 1 < f.length() && f.charAt(i + 1) == ' ')) {
                break;
            }
            if (c == ' ' && startsStop(f, i)) {
                break;
            }
            end = i + 1;
        }
        while (end > noun.end() && f.charAt(end - 1) == ' ') {
            end--;
        }
        // Cut at a word boundary.
        if (end < s.end() && end > noun.end() && Character.isLetterOrDigit(f.charAt(end))) {
            int cut = f.lastIndexOf(' ', end);
            end = cut > noun.end() ? cut : noun.end();
        }
        return end;
    }

    /** The noun's own complement: its title up to the next document noun or action ("protocole modifiant"). */
    private int ownTitleEnd(Sentence s, Mention noun) {
        int end = titleEnd(s, noun);
        for (Mention m : ctx.mentions().between(noun.end(), end)) {
            if (m.kind() == TermKind.AGREEMENT || m.kind() == TermKind.ACTION) {
                return m.start();
            }
        }
        return end;
    }

    private static boolean startsStop(String f, int i) {
        for (String stop : TITLE_STOPS) {
            if (f.startsWith(stop, i)) {
                return true;
            }
        }
        return false;
    }

    private Span evidence(Sentence s) {
        return ctx.evidence(s.start(), s.end());
    }
}
