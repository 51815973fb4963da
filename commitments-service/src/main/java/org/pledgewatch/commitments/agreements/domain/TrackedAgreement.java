package org.pledgewatch.commitments.agreements.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.pledgewatch.commitments.facts.domain.AgreementFact;
import org.pledgewatch.commitments.facts.domain.Parties;

/**
 * One agreement, however many articles reported it, with its steps in order: signed (or adopted), then
 * ratified.
 */
public record TrackedAgreement(
        String id,
        String type,
        String title,
        Parties parties,
        String place,
        List<AgreementStep> steps) {

    public AgreementFact.Action stage() {
        return steps.get(steps.size() - 1).action();
    }

    /** The articles that reported any step. */
    public Set<String> sourceArticles() {
        Set<String> articles = new TreeSet<>();
        steps.forEach(step -> step.reports().forEach(report -> articles.add(report.evidence().articleId())));
        return articles;
    }
}
