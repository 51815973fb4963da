package org.pledgewatch.extraction.reading.domain.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.pledgewatch.extraction.reading.domain.Agreement;
import org.pledgewatch.extraction.reading.domain.ArticleText;
import org.pledgewatch.extraction.reading.domain.NewsReader;
import org.pledgewatch.extraction.reading.domain.Observation;
import org.pledgewatch.extraction.reading.domain.Pledge;
import org.pledgewatch.extraction.reading.domain.Reading;

/** Prints everything the reader finds in one file: {@code ShowReading FILE [publishedAt] [language]}. */
public final class ShowReading {

    private ShowReading() {
    }

    public static void main(String[] args) throws Exception {
        String body = Files.readString(Path.of(args[0]));
        LocalDate published = args.length > 1 ? LocalDate.parse(args[1]) : null;
        String language = args.length > 2 ? args[2] : null;
        Reading r = new NewsReader().read(new ArticleText(body, null, language, published));
        System.out.println("language " + r.language() + " supported " + r.languageSupported());
        for (Pledge p : r.pledges()) {
            System.out.printf("PLEDGE %s %s %s %s x%s by %s deadline %s stated %s/%s sector %s%n   \"%s\"%n", p.metric(),
                    p.parties(), p.targetValue(), p.targetUnit(), p.targetFactor(), p.deadline(), p.deadline(),
                    p.statedBy(), p.statedOn(), p.sector(), p.evidence().quote());
        }
        for (Observation o : r.observations()) {
            System.out.printf("OBS %s %s %s %s period %s %s q=%s sector %s (%.2f)%n   \"%s\"%n", o.metric(), o.parties(),
                    o.value().toPlainString(), o.unit(), o.period(), o.kind(), o.qualifier(), o.sector(),
                    o.confidence(), o.evidence().quote());
        }
        for (Agreement a : r.agreements()) {
            System.out.printf("AGR %s %s %s %s signedOn %s at %s title \"%s\"%n   \"%s\"%n", a.type(), a.parties(),
                    a.action(), a.date(), a.signedOn(), a.place(), a.title(), a.evidence().quote());
        }
    }
}
