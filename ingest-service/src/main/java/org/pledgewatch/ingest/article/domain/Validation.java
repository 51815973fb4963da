package org.pledgewatch.ingest.article.domain;

import java.util.List;

/** The verdict on a submission: a valid article, or every reason it is not one. */
public sealed interface Validation {

    record Valid(ValidArticle article) implements Validation {
    }

    record Invalid(List<Violation> violations) implements Validation {

        public Invalid {
            violations = List.copyOf(violations);
        }

        public static Invalid of(String field, String reason) {
            return new Invalid(List.of(new Violation(field, reason)));
        }

        public String summary() {
            StringBuilder text = new StringBuilder();
            for (Violation violation : violations) {
                if (!text.isEmpty()) {
                    text.append("; ");
                }
                text.append(violation.field()).append(": ").append(violation.reason());
            }
            return text.toString();
        }
    }
}
