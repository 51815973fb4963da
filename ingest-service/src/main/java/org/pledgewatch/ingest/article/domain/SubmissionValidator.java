package org.pledgewatch.ingest.article.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.pledgewatch.contracts.article.ArticleSubmission;

/**
 * Decides whether a submission is an article Pledgewatch can keep, and says precisely why not otherwise.
 * The same rules apply to REST submissions and to records on the raw topic.
 */
public final class SubmissionValidator {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2}([-_][A-Za-z]{2})?");
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final SubmissionLimits limits;
    private final Clock clock;

    public SubmissionValidator(SubmissionLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    public Validation validate(ArticleSubmission submission) {
        List<Violation> violations = new ArrayList<>();
        checkBody(submission.body(), violations);
        checkSingleLine("title", submission.title(), limits.maxTitleChars(), violations);
        checkSingleLine("source", submission.source(), limits.maxSourceChars(), violations);
        String canonicalUrl = checkUrl(submission.url(), violations);
        String language = checkLanguage(submission.language(), violations);
        Instant publishedAt = checkPublishedAt(submission.publishedAt(), violations);
        if (!violations.isEmpty()) {
            return new Validation.Invalid(violations);
        }
        return new Validation.Valid(new ValidArticle(
                blankToNull(submission.title()),
                submission.body(),
                blankToNull(submission.url()) == null ? null : submission.url().trim(),
                canonicalUrl,
                blankToNull(submission.source()),
                language,
                publishedAt,
                ContentFingerprint.of(submission.body())));
    }

    private void checkBody(String body, List<Violation> violations) {
        if (body == null) {
            violations.add(new Violation("body", "is required"));
            return;
        }
        if (body.isBlank()) {
            violations.add(new Violation("body", "must contain text"));
            return;
        }
        int bytes = utf8Length(body);
        if (bytes > limits.maxBodyBytes()) {
            violations.add(new Violation("body", "is " + bytes + " bytes of UTF-8; the limit is " + limits.maxBodyBytes()));
            return;
        }
        firstForbiddenCharacter(body, true).ifPresent(reason -> violations.add(new Violation("body", reason)));
    }

    /** {@code text.getBytes(UTF_8).length}, without making the bytes (an unpaired surrogate is one byte, "?"). */
    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static void checkSingleLine(String field, String value, int maxChars, List<Violation> violations) {
        if (value == null) {
            return;
        }
        if (value.length() > maxChars) {
            violations.add(new Violation(field, "is " + value.length() + " characters; the limit is " + maxChars));
            return;
        }
        firstForbiddenCharacter(value, false).ifPresent(reason -> violations.add(new Violation(field, reason)));
    }

    private String checkUrl(String url, List<Violation> violations) {
        if (blankToNull(url) == null) {
            return null;
        }
        if (url.length() > limits.maxUrlChars()) {
            violations.add(new Violation("url", "is " + url.length() + " characters; the limit is " + limits.maxUrlChars()));
            return null;
        }
        Optional<String> canonical = CanonicalUrl.of(url);
        if (canonical.isEmpty()) {
            violations.add(new Violation("url", "must be an absolute http or https URL"));
            return null;
        }
        return canonical.get();
    }

    private static String checkLanguage(String language, List<Violation> violations) {
        if (blankToNull(language) == null) {
            return null;
        }
        if (!LANGUAGE.matcher(language.trim()).matches()) {
            violations.add(new Violation("language", "must be an ISO 639-1 code such as fr or en"));
            return null;
        }
        return language.trim().substring(0, 2).toLowerCase(Locale.ROOT);
    }

    private Instant checkPublishedAt(String publishedAt, List<Violation> violations) {
        Instant now = clock.instant();
        if (blankToNull(publishedAt) == null) {
            return now.truncatedTo(ChronoUnit.SECONDS);
        }
        Instant instant;
        try {
            instant = parseInstant(publishedAt.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Violation("publishedAt",
                    "must be an ISO-8601 date (2025-08-25) or date-time with offset (2025-08-25T09:30:00+06:00)"));
            return null;
        }
        if (instant.isBefore(EARLIEST)) {
            violations.add(new Violation("publishedAt", "is before 1900"));
        } else if (instant.isAfter(now.plus(1, ChronoUnit.DAYS))) {
            violations.add(new Violation("publishedAt", "is in the future"));
        }
        return instant;
    }

    private static Instant parseInstant(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    /** Control characters other than tab and line breaks have no place in news text; in one-line fields, none. */
    private static Optional<String> firstForbiddenCharacter(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(multiline && lineBreakOrTab)) {
                return Optional.of(String.format("contains the control character U+%04X at position %d", (int) c, i));
            }
            if (Character.isSurrogate(c) && !isPairedSurrogate(text, i)) {
                return Optional.of(String.format("contains an unpaired surrogate U+%04X at position %d", (int) c, i));
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return Optional.empty();
    }

    private static boolean isPairedSurrogate(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
