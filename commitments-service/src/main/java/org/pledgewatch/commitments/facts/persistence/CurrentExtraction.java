package org.pledgewatch.commitments.facts.persistence;

import java.util.UUID;

/** Which extraction's facts are current for one article (table {@code article_extraction}). */
public record CurrentExtraction(UUID articleId, UUID eventId, String extractorVersion) {
}
