package org.pledgewatch.commitments.agreements.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.pledgewatch.commitments.facts.domain.AgreementFact;
import org.pledgewatch.commitments.facts.domain.PartialDate;
import org.pledgewatch.contracts.EventIds;

/**
 * Links agreement reports into agreements:
 * <ul>
 * <li>Reports of the same step, between the same parties, of the same type, dated within {@value #SAME_EVENT_DAYS}
 * days of each other (each date as precise as its article gave it), are one step of one agreement.</li>
 * <li>A ratification joins the agreement it ratifies: same parties and type, signed when the ratification says
 * (or, when it does not say, the latest such agreement signed before it). One with nothing to join starts an
 * agreement of its own, whose signing is known only from the ratification.</li>
 * <li>Reports are taken in a fixed order (date, publication, id), so arrival order never matters.</li>
 * </ul>
 */
public final class AgreementLinker {

    static final int SAME_EVENT_DAYS = 31;
    private static final Map<String, String> TYPE_CLASSES = Map.of("treaty", "agreement", "accord", "agreement",
            "convention", "agreement", "mou", "memorandum", "programme", "plan", "program", "plan");

    private AgreementLinker() {
    }

    public static List<TrackedAgreement> link(List<AgreementFact> reports) {
        List<AgreementFact> ordered = reports.stream().sorted(Comparator
                .comparing((AgreementFact r) -> effectiveDate(r).earliest())
                .thenComparing(AgreementFact::publishedOn)
                .thenComparing(AgreementFact::id)).toList();
        List<Draft> drafts = new ArrayList<>();
        for (AgreementFact report : ordered) {
            if (report.action() != AgreementFact.Action.RATIFIED) {
                findSigning(drafts, report, typeClass(report.type()))
                        .ifPresentOrElse(d -> d.add(report), () -> drafts.add(new Draft(report)));
            }
        }
        for (AgreementFact report : ordered) {
            if (report.action() == AgreementFact.Action.RATIFIED) {
                findRatified(drafts, report, typeClass(report.type()))
                        .ifPresentOrElse(d -> d.add(report), () -> drafts.add(new Draft(report)));
            }
        }
        return drafts.stream().map(Draft::build)
                .sorted(Comparator.comparing((TrackedAgreement a) -> a.steps().get(0).date().earliest())
                        .thenComparing(TrackedAgreement::id))
                .toList();
    }

    /** {@code typeClass}: the report's, worked out once rather than once per draft it is compared with. */
    private static java.util.Optional<Draft> findSigning(List<Draft> drafts, AgreementFact report, String typeClass) {
        return drafts.stream().filter(d -> d.sameKind(report, typeClass)
                && d.firstStep().action() == report.action()
                && d.firstStep().date().within(effectiveDate(report), SAME_EVENT_DAYS)).findFirst();
    }

    private static java.util.Optional<Draft> findRatified(List<Draft> drafts, AgreementFact ratification,
            String typeClass) {
        PartialDate signedOn = ratification.signedOn();
        if (signedOn != null) {
            return drafts.stream().filter(d -> d.sameKind(ratification, typeClass) && d.signing() != null
                    && d.signing().date().within(signedOn, SAME_EVENT_DAYS)).findFirst();
        }
        LocalDate ratifiedBy = effectiveDate(ratification).latest();
        return drafts.stream()
                .filter(d -> d.sameKind(ratification, typeClass) && d.signing() != null
                        && !d.signing().date().earliest().isAfter(ratifiedBy))
                .max(Comparator.comparing(d -> d.signing().date().earliest()));
    }

    static String typeClass(String type) {
        String normalized = type == null ? "agreement" : type.toLowerCase(Locale.ROOT).replace(' ', '_');
        return TYPE_CLASSES.getOrDefault(normalized, normalized);
    }

    /** When a report does not date its step, the step happened by the article's publication. */
    static PartialDate effectiveDate(AgreementFact report) {
        if (report.date() != null) {
            return report.date();
        }
        LocalDate published = report.publishedOn();
        return new PartialDate(published.toString(), published.minus(SAME_EVENT_DAYS, ChronoUnit.DAYS), published);
    }

    /** An agreement being assembled from its reports. */
    private static final class Draft {
        private final String typeClass;
        private final AgreementFact origin;
        private final List<AgreementFact> signings = new ArrayList<>();
        private final List<AgreementFact> ratifications = new ArrayList<>();
        /*
         * The steps as they stand, kept until the next report joins: every later report is compared with every
         * draft's steps, and recomputing a step walks all its reports, which made linking a much-reported agreement
         * quadratic in its reports (most of commitments-service's time once an agreement had hundreds).
         */
        private AgreementStep signingStep;
        private AgreementStep ratificationStep;
        private boolean stepsCurrent;

        Draft(AgreementFact origin) {
            this.typeClass = typeClass(origin.type());
            this.origin = origin;
            add(origin);
        }

        void add(AgreementFact report) {
            (report.action() == AgreementFact.Action.RATIFIED ? ratifications : signings).add(report);
            stepsCurrent = false;
        }

        private void computeSteps() {
            if (!stepsCurrent) {
                signingStep = computeSigning();
                ratificationStep = ratifications.isEmpty() ? null : step(AgreementFact.Action.RATIFIED, ratifications);
                stepsCurrent = true;
            }
        }

        boolean sameKind(AgreementFact report, String reportTypeClass) {
            return typeClass.equals(reportTypeClass) && origin.parties().equals(report.parties());
        }

        AgreementStep firstStep() {
            return signing() != null ? signing() : ratification();
        }

        AgreementStep signing() {
            computeSteps();
            return signingStep;
        }

        private AgreementStep computeSigning() {
            if (signings.isEmpty()) {
                PartialDate signedOn = ratifications.stream().map(AgreementFact::signedOn).filter(Objects::nonNull)
                        .findFirst().orElse(null);
                return signedOn == null ? null : new AgreementStep(AgreementFact.Action.SIGNED, signedOn, null, List.of());
            }
            return step(signings.get(0).action(), signings);
        }

        AgreementStep ratification() {
            computeSteps();
            return ratificationStep;
        }

        TrackedAgreement build() {
            List<AgreementStep> steps = new ArrayList<>();
            if (signing() != null) {
                steps.add(signing());
            }
            if (ratification() != null) {
                steps.add(ratification());
            }
            AgreementStep first = steps.get(0);
            String id = EventIds.of("agreement", typeClass, origin.parties().key(),
                    first.date().earliest().withDayOfMonth(1).toString()).toString();
            String title = allReports().stream().map(AgreementFact::title).filter(Objects::nonNull)
                    .max(Comparator.comparing(String::length)).orElse(null);
            String place = steps.stream().map(AgreementStep::place).filter(Objects::nonNull).findFirst().orElse(null);
            return new TrackedAgreement(id, typeClass, title, origin.parties(), place, steps);
        }

        private List<AgreementFact> allReports() {
            List<AgreementFact> all = new ArrayList<>(signings);
            all.addAll(ratifications);
            return all;
        }

        /** The most precise date any report gives, and the first place named. */
        private static AgreementStep step(AgreementFact.Action action, List<AgreementFact> reports) {
            PartialDate date = reports.stream().map(AgreementLinker::effectiveDate)
                    .min(Comparator.comparing((PartialDate d) -> ChronoUnit.DAYS.between(d.earliest(), d.latest()))
                            .thenComparing(PartialDate::earliest))
                    .orElseThrow();
            String place = reports.stream().map(AgreementFact::place).filter(Objects::nonNull).findFirst().orElse(null);
            return new AgreementStep(action, date, place, List.copyOf(reports));
        }
    }
}
