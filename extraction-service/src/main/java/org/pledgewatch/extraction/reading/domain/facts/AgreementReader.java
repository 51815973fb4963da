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
    private static final String[] CLAUSE_OPENERS = {"which ", "who ", "that ", "where ", "while ", "but ",
        "qui ", "que ", "qu'", "dont ", "lequel ", "laquelle ", "lesquels ", "ou ", "alors ", "tandis ", "mais "};
    /** "signé le 13 mars à Bichkek", "ratifié en juin": how far after its verb a date still belongs to it. */
    private static final int DATE_AFTER_VERB = 25;
    private static final Set<String> NEGATING_DETERMINERS = Set.of("aucun", "aucune", "nul", "nulle", "no");
    /** How far before its action a coordinated subject may stand ("A and B initialled ... and signed"). */
    private static final int SUBJECT_REACH = 90;
    /** How far after its action "par les dirigeants de" may stand. */
    private static final int AGENT_REACH = 40;
    /** How far after a document's title "with X" still names a signatory. */
    private static final int CO_SIGNATORY_REACH = 4;
    private static final Set<String> GROUP_FILLERS = Set.of("le", "la", "les", "de", "du", "des", "the", "of");
    private static final String[] LIST_HEADS = {"les presidents ", "les dirigeants ", "les dirigeants de ",
        "les chefs d'etat ", "les ministres ", "les premiers ministres ", "les gouvernements ", "les chefs d'etat de ",
        "the leaders of ", "leaders of ", "the presidents of ", "presidents of ", "the heads of state of ",
        "the ministers of ", "the governments of ", "the prime ministers of "};
    /** Plural nouns of people or governments that a list of countries may complete ("les ministres ... de A, B et C"). */
    private static final String[] PLURAL_HEADS = {"presidents", "dirigeants", "chefs d'etat", "chefs de gouvernement",
        "ministres", "gouvernements", "delegations", "representants", "leaders", "ministers", "heads of state",
        "heads of government", "governments", "delegations", "representatives", "premiers"};
    /** How far after a document "il y a plusieurs années", "years ago" still dates its signing. */
    private static final int LONG_AGO_REACH = 60;
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
    private Sentence timesSentence;
    private List<TimeExpr> sentenceTimes = List.of();

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
            if (isAmendedOrOld(s, noun) || isNegated(noun)) {
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
            if (!"ratified".equals(actionName) && isSameDocumentAgain(s, noun)) {
                // "... signed an intergovernmental agreement. The agreement was signed in Beijing in the presence
                // of ...": the document just reported, told again.
                signedHere = true;
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
        // "l'accord de libre-échange conclu avec Ankara il y a plusieurs années", "a deal signed years ago".
        for (Mention m : ctx.mentions().between(noun.end(), Math.min(s.end(), noun.end() + LONG_AGO_REACH))) {
            if (m.is(TermKind.ACTION, "long-ago") && !hasClauseBreak(noun.end(), m.start())) {
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

    /**
     * A new clause between two offsets: ";", ":", "(", or a comma that opens a relative or another clause (", which",
     * ", qui"); the commas of a list ("on raw materials, batteries and hydrogen") do not count.
     */
    private boolean hasClauseBreak(int from, int to) {
        String f = ctx.folded();
        for (int i = from; i < to; i++) {
            char c = f.charAt(i);
            if (c == ';' || c == ':' || c == '(') {
                return true;
            }
            if (c == ',') {
                int w = i + 1;
                while (w < to && f.charAt(w) == ' ') {
                    w++;
                }
                for (String opener : CLAUSE_OPENERS) {
                    if (f.startsWith(opener, w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Aucun accord de diffusion n'a été signé", "no new agreement was signed": the noun says none was. */
    private boolean isNegated(Mention noun) {
        String f = ctx.folded();
        int end = noun.start();
        // The two words before the noun ("aucun accord", "aucun nouvel accord", "no new agreement").
        for (int w = 0; w < 2; w++) {
            while (end > 0 && f.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isLetter(f.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return false;
            }
            int length = end - start;
            if (length >= 2 && length <= 6 && NEGATING_DETERMINERS.contains(f.substring(start, end))) {
                return true;
            }
            end = start;
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

    /**
     * "The agreement", "la déclaration" with no title of its own, right after a sentence that reported a document
     * of that type: the same document again, not a second one.
     */
    private boolean isSameDocumentAgain(Sentence s, Mention noun) {
        if (!definiteBefore(noun) || titleEnd(s, noun) > noun.end() || agreements.isEmpty()) {
            return false;
        }
        Agreement last = agreements.get(agreements.size() - 1);
        return last.type().equals(noun.value()) && lastActionSentence != null
                && s.index() - lastActionSentence.index() <= 2;
    }

    private boolean definiteBefore(Mention noun) {
        String f = ctx.folded();
        int i = noun.start();
        for (String article : new String[] {"the ", "le ", "la ", "l'"}) {
            int at = i - article.length();
            if (at >= 0 && f.startsWith(article, at) && (at == 0 || !Character.isLetter(f.charAt(at - 1)))) {
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
            // "a ratifié en juin l'accord ..., signé en 2024": each date follows its own verb.
            TimeExpr signing = signedMention == null ? null : dateRightAfter(times, signedMention.end(), s);
            if (signing == null) {
                signing = dateNear(times, signedMention != null ? signedMention : noun,
                        signedMention != null ? signedMention.end() : titleEnd, s, true);
            }
            TimeExpr ratifiedBetween = actionMention == null || actionMention.end() > noun.start() ? null
                    : dateRightAfter(times, actionMention.end(), s);
            if (ratifiedBetween != null && ratifiedBetween.end() <= noun.start() && ratifiedBetween != signing) {
                signedOn = signing == null ? null : signing.asDate();
                date = ratifiedBetween.asDate();
                return addFound(s, noun, action, actionMention, titleEnd, date, signedOn);
            }
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
        return addFound(s, noun, action, actionMention, titleEnd, date, signedOn);
    }

    private boolean addFound(Sentence s, Mention noun, String action, Mention actionMention, int titleEnd, String date,
            String signedOn) {
        List<String> parties = partiesOf(s, noun, actionMention);
        if (parties.size() < 2) {
            return false;
        }
        String title = ctx.text().originalText(noun.start(), titleEnd).strip();
        agreements.add(new Agreement(noun.value(), title, parties, action, date, placeOf(s), signedOn,
                evidence(s), actionMention == null ? 0.7 : 0.85));
        lastAction = action;
        return true;
    }

    /** The date right after a verb ("ratifié en juin", "signé le 3 mars"), in its clause; null if none. */
    private TimeExpr dateRightAfter(List<TimeExpr> times, int from, Sentence s) {
        for (TimeExpr t : times) {
            if (t.start() >= from && t.start() - from <= DATE_AFTER_VERB && t.role() == TimeExpr.Role.NONE
                    && t.hasYear() && !EventTimeline.isFuture(t, ctx.publishedOn())
                    && !hasClauseBreak(from, t.start())) {
                return t;
            }
        }
        return null;
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
            if (!t.isDayOrMonth() && !(anyYear || t.kind() == TimeExpr.Kind.YEAR)) {
                continue;
            }
            int d = t.start() >= anchor.end() ? t.start() - anchor.end() : anchor.start() - t.end();
            if (t.isDayOrMonth()) {
                d -= 1000;
            }
            if (d >= bestDistance || !t.isDayOrMonth() && insideTitle(s, t.start())) {
                continue;
            }
            // "signed the agreement, which replaces a 1999 framework": a bare year in another clause dates
            // something else.
            if (!t.isDayOrMonth() && !anyYear && (t.start() >= anchor.end() ? hasClauseBreak(anchor.end(), t.start())
                    : hasClauseBreak(t.end(), anchor.start()))) {
                continue;
            }
            bestDistance = d;
            best = t;
        }
        return best;
    }

    private List<String> partiesOf(Sentence s, Mention noun, Mention action) {
        List<String> signatories = action == null ? null : signatories(s, noun, action);
        if (signatories != null) {
            return signatories;
        }
        List<CountryRef> named = ctx.countries().parties(s.start(), s.end());
        Set<String> codes = new TreeSet<>(CountryRefs.codes(named));
        if (codes.isEmpty()) {
            List<String> participants = participants(s, noun);
            if (participants != null) {
                return participants;
            }
        }
        if (codes.size() < 2 && ctx.countries().unnamedGroupBetween(s.start(), s.end())) {
            // "agreements with most Central Asian governments": partners the sentence does not name.
            return List.of();
        }
        if (hasUnknownCounterpart(s, noun)) {
            return List.of();
        }
        if (isMultilateral(s) && codes.size() < 3) {
            // "A trilateral agreement was signed in Beijing": who the three are is not said here.
            return List.of();
        }
        if (codes.size() >= 2) {
            List<String> focus = ctx.parties().focusPair(s);
            if (codes.size() > 2 && focus.size() == 2 && codes.containsAll(focus) && !isMultilateral(s)
                    && !CountryRefs.hasGroup(named)) {
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

    /**
     * "Les participants ont adopté une déclaration", "The leaders adopted a joint statement" in a sentence that names
     * no country: the participants are the countries the sentence before named (a summit's guest list), when it named
     * two or more. Null otherwise.
     */
    private List<String> participants(Sentence s, Mention noun) {
        Mention who = ctx.mentions().lastBefore(s.start(), noun.start(), m -> m.is(TermKind.REFERENCE, "participants"));
        if (who == null || s.index() == 0) {
            return null;
        }
        for (int i = s.index() - 1; i >= 0 && i >= s.index() - 2; i--) {
            Sentence previous = ctx.sentences().get(i);
            if (previous.heading()) {
                continue;
            }
            Set<String> codes = new TreeSet<>(CountryRefs.codes(ctx.countries().parties(previous.start(),
                    previous.end())));
            return codes.size() >= 2 ? List.copyOf(codes) : null;
        }
        return null;
    }

    /**
     * "l'accord de libre-échange entre l'Union et l'Iran", "a deal between the bloc and Iran": the document names its
     * two sides and only one of them is a country the reader knows; the other is not the story's pair.
     */
    private boolean hasUnknownCounterpart(Sentence s, Mention noun) {
        String f = ctx.folded();
        int to = Math.min(s.end(), noun.end() + TITLE_MAX);
        for (String w : new String[] {" entre ", " between "}) {
            int at = indexWithin(f, w, noun.end(), Math.min(to, noun.end() + 40 + w.length()));
            if (at < 0 || hasClauseBreak(noun.end(), at)) {
                continue;
            }
            int joint = -1;
            for (String and : new String[] {" et ", " and "}) {
                int j = indexWithin(f, and, at + w.length(), to);
                if (j >= 0 && (joint < 0 || j < joint)) {
                    joint = j;
                }
            }
            if (joint < 0 || hasClauseBreak(at, joint)) {
                continue;
            }
            int sideEnd = Math.min(to, joint + 40);
            List<CountryRef> first = ctx.countries().parties(at + w.length(), joint);
            List<CountryRef> second = ctx.countries().parties(joint, sideEnd);
            if (first.isEmpty() != second.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The first occurrence of {@code word} starting in [from, to), or -1: a search that never leaves its clause. */
    private static int indexWithin(String f, String word, int from, int to) {
        for (int i = from; i < to; i++) {
            if (f.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }

    // ---- who signed ---------------------------------------------------------------------------------------

    /** Countries written as one coordinated group: "le Kazakhstan et la Chine", "A, B et C", "kirghizo-tadjik". */
    private record Group(int start, int end, Set<String> codes, boolean list) {
    }

    /**
     * The signatories a sentence names for a document: the countries coordinated as the subject of its action
     * ("L'Ouzbékistan, l'Afghanistan et le Pakistan ont signé", "the United States and Armenia signed") or as its
     * agent ("signée par les dirigeants de l'Azerbaïdjan, du Kazakhstan ... et de l'Ouzbékistan"), with a partner
     * named after the document ("a joint declaration with U.S. President Donald Trump"). Null when the sentence
     * does not say it that way: then the sentence's countries and the story's pair decide.
     */
    private List<String> signatories(Sentence s, Mention noun, Mention action) {
        List<CountryRef> refs = ctx.countries().parties(s.start(), s.end());
        if (refs.size() < 2) {
            return null;
        }
        Group best = null;
        for (Group g : groups(refs)) {
            if (g.codes().size() < 2 || g.list() && g.codes().size() < 3) {
                continue;
            }
            boolean subject = g.end() <= action.start() && action.start() - g.end() <= SUBJECT_REACH
                    && !hasClauseBreak(g.end(), action.start()) && ctx.countries().parties(g.end(), action.start())
                    .isEmpty();
            boolean agent = g.start() >= action.end() && g.start() - action.end() <= AGENT_REACH
                    && isAgent(action.end(), g.start());
            if (!subject && !agent) {
                for (Mention other : ctx.mentionsIn(s)) {
                    // "une déclaration de Bichkek, signée par les dirigeants de ...": the participle after the noun.
                    if (other.kind() == TermKind.ACTION && isDone(other.value()) && other.start() >= noun.end()
                            && other.start() - noun.end() <= TITLE_MAX && g.start() >= other.end()
                            && g.start() - other.end() <= AGENT_REACH && isAgent(other.end(), g.start())) {
                        agent = true;
                    }
                }
            }
            // A list after "par"/"by" is the agent; before the verb it must open its clause (see opensClause).
            if (g.list() && subject && !agent && !opensClause(s, g)) {
                subject = false;
            }
            if ((subject || agent) && (best == null || g.codes().size() > best.codes().size())) {
                best = g;
            }
        }
        if (best == null) {
            return null;
        }
        Set<String> codes = new TreeSet<>(best.codes());
        codes.addAll(coSignatories(s, noun));
        String partner = best.start() < action.start() ? partnerOfHead(s, best) : null;
        if (partner != null) {
            codes.add(partner);
        }
        return List.copyOf(codes);
    }

    private List<Group> groups(List<CountryRef> all) {
        // One unit per span: the members of a group named as one ("les cinq pays d'Asie centrale") share theirs.
        List<int[]> spans = new ArrayList<>();
        List<Set<String>> unitCodes = new ArrayList<>();
        List<Boolean> grouped = new ArrayList<>();
        for (CountryRef r : all) {
            int last = spans.size() - 1;
            if (last >= 0 && spans.get(last)[0] == r.start()) {
                unitCodes.get(last).add(r.code());
                continue;
            }
            spans.add(new int[] {r.start(), r.end()});
            unitCodes.add(new TreeSet<>(Set.of(r.code())));
            grouped.add(r.source() == CountryRef.Source.GROUP);
        }
        List<Group> out = new ArrayList<>();
        for (boolean list : new boolean[] {false, true}) {
            int first = 0;
            for (int i = 1; i <= spans.size(); i++) {
                if (i < spans.size() && coordinated(spans.get(i - 1)[1], spans.get(i)[0], list)) {
                    continue;
                }
                boolean hasGroup = false;
                for (int k = first; k < i; k++) {
                    hasGroup |= grouped.get(k);
                }
                if (i - first >= 2 || hasGroup && !list) {
                    Set<String> codes = new TreeSet<>();
                    for (int k = first; k < i; k++) {
                        codes.addAll(unitCodes.get(k));
                    }
                    out.add(new Group(spans.get(first)[0], spans.get(i - 1)[1], codes, list && i - first >= 2));
                }
                first = i;
            }
        }
        return out;
    }

    /** "et", "and", "-" (and, for a list, ","), with the articles and "de" of each name. */
    private boolean coordinated(int from, int to, boolean list) {
        if (to < from || to - from > 20) {
            return false;
        }
        String gap = ctx.folded().substring(from, to).replace("l'", " ").replace("d'", " ").replace(",", " , ");
        StringBuilder joined = new StringBuilder();
        for (String token : gap.trim().split(" +")) {
            if (!token.isEmpty() && !GROUP_FILLERS.contains(token)) {
                joined.append(joined.length() == 0 ? "" : " ").append(token);
            }
        }
        String j = joined.toString();
        if (j.isEmpty() || j.equals("-") || j.equals("et") || j.equals("and") || j.equals("&")) {
            return true;
        }
        return list && (j.equals(",") || j.equals(", et") || j.equals(", and"));
    }

    /**
     * A list of three or more countries is the subject only where a clause starts with it ("L'Ouzbékistan,
     * l'Afghanistan et le Pakistan ont signé", "BAKU — Azerbaijan, Georgia and Kazakhstan signed") or after a
     * plural head ("les présidents tadjik, kirghiz et ouzbek", "the leaders of ..."), not "la visite du président
     * russe, le Kazakhstan et l'Ouzbékistan".
     */
    private boolean opensClause(Sentence s, Group g) {
        String before = ctx.folded().substring(s.start(), g.start());
        String trimmed = before.strip();
        for (String head : LIST_HEADS) {
            if (before.endsWith(head)) {
                return true;
            }
        }
        if (pluralHead(before) >= 0) {
            return true;
        }
        // At the start of the sentence, or after a dateline ("BAKU —"), a colon or an opening phrase without a
        // party ("Jeudi à Kaboul, l'Ouzbékistan, ...").
        for (String article : new String[] {"", "le", "la", "les", "l'", "the"}) {
            if (trimmed.equals(article)) {
                return true;
            }
            String tail = article.isEmpty() ? "" : " " + article;
            for (String opener : new String[] {" —", " –", " -", ",", " :"}) {
                if (trimmed.endsWith(opener + tail) && ctx.countries().parties(s.start(), g.start()).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a plural head ends that a list of countries right after completes: "les ministres des Affaires étrangères
     * de l'Ouzbékistan, ...", "the foreign ministers of Azerbaijan, ...", "les présidents du Kazakhstan, ..."; the
     * head may take a short complement ("de l'Énergie") before the "de"/"of" of the list. -1 when there is none.
     */
    private static int pluralHead(String before) {
        int best = -1;
        int headStart = -1;
        for (String head : PLURAL_HEADS) {
            int at = before.lastIndexOf(head);
            while (at > 0 && Character.isLetter(before.charAt(at - 1))) {
                at = before.lastIndexOf(head, at - 1);
            }
            if (at >= 0 && at + head.length() > best) {
                best = at + head.length();
                headStart = at;
            }
        }
        if (best < 0 || best < before.length() && Character.isLetter(before.charAt(best))) {
            return -1;
        }
        String tail = before.substring(best).strip();
        if (tail.indexOf(',') >= 0 || tail.indexOf(';') >= 0 || tail.indexOf(':') >= 0
                || tail.chars().anyMatch(Character::isDigit)) {
            return -1;
        }
        String[] words = tail.isEmpty() ? new String[0] : tail.split(" +");
        if (words.length > 6) {
            return -1;
        }
        if (words.length == 0) {
            return headStart;
        }
        String last = words[words.length - 1];
        boolean genitive = last.equals("de") || last.equals("du") || last.equals("des") || last.equals("of")
                || last.endsWith("d'") || last.equals("l'") || last.equals("la") && words.length >= 2
                && words[words.length - 2].equals("de") || last.equals("the") && words.length >= 2
                && words[words.length - 2].equals("of");
        return genitive ? headStart : -1;
    }

    /**
     * "Xi Jinping et les présidents du Kazakhstan, ...": a leader or country coordinated with the plural head before
     * the list also signs. Null when none.
     */
    private String partnerOfHead(Sentence s, Group g) {
        String before = ctx.folded().substring(s.start(), g.start());
        int head = pluralHead(before);
        if (head < 0) {
            return null;
        }
        String lead = before.substring(0, head);
        for (String article : new String[] {"les ", "the ", "des "}) {
            if (lead.endsWith(article)) {
                lead = lead.substring(0, lead.length() - article.length());
                break;
            }
        }
        String trimmed = lead.stripTrailing();
        for (String joint : new String[] {" et", " and", ","}) {
            if (trimmed.endsWith(joint)) {
                int end = s.start() + trimmed.length() - joint.length();
                for (CountryRef r : ctx.countries().parties(s.start(), end)) {
                    if (r.end() == end && r.source() != CountryRef.Source.GROUP) {
                        return r.code();
                    }
                }
            }
        }
        return null;
    }

    /** "signée par les dirigeants de", "signed by": the countries after are who signed. */
    private boolean isAgent(int from, int to) {
        String gap = " " + ctx.folded().substring(from, to) + " ";
        return (gap.contains(" par ") || gap.contains(" by ")) && !hasClauseBreak(from, to);
    }

    /** "a joint declaration with U.S. President Donald Trump", "a signé avec le Kazakhstan": another signatory. */
    private Set<String> coSignatories(Sentence s, Mention noun) {
        Set<String> out = new TreeSet<>();
        String f = ctx.folded();
        int from = noun.end();
        int to = Math.min(s.end(), titleEnd(s, noun) + CO_SIGNATORY_REACH);
        for (String w : new String[] {" with ", " avec "}) {
            int at = f.indexOf(w, from);
            if (at < 0 || at >= to || hasClauseBreak(from, at)) {
                continue;
            }
            for (CountryRef r : ctx.countries().parties(at + w.length(), Math.min(s.end(), at + w.length() + 40))) {
                if (!hasClauseBreak(at, r.start())) {
                    out.add(r.code());
                }
            }
        }
        return out;
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

    /** Where the document's title ends: at punctuation, a verb, a joining word, or the day it was signed. */
    private int titleEnd(Sentence s, Mention noun) {
        String f = ctx.folded();
        int limit = Math.min(s.end(), noun.end() + TITLE_MAX);
        for (TimeExpr t : timesOf(s)) {
            if (t.start() > noun.end() && t.start() < limit && (t.isDayOrMonth() || t.deictic())) {
                limit = titleStart(f, noun.end(), t.start());
                break;
            }
        }
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

    /** The dates of a sentence, kept for the sentence being read (titles are cut at them many times). */
    private List<TimeExpr> timesOf(Sentence s) {
        if (timesSentence != s) {
            timesSentence = s;
            sentenceTimes = ctx.timesIn(s);
        }
        return sentenceTimes;
    }

    /** Where a title ends before a date: without the "on", "le" or "en" that introduces the date. */
    private static int titleStart(String f, int from, int dateStart) {
        int end = dateStart;
        while (end > from && f.charAt(end - 1) == ' ') {
            end--;
        }
        for (String w : new String[] {" on", " le", " en", " in", " du", " au", " the", " of"}) {
            if (end - w.length() >= from && f.startsWith(w, end - w.length())) {
                return end - w.length();
            }
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
