package org.pledgewatch.extraction.reading;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.pledgewatch.extraction.reading.domain.NewsReader;

/** One reader per service: its grammars and gazetteers are built once, at startup. */
class NewsReaderProducer {

    @Produces
    @Singleton
    NewsReader newsReader() {
        return new NewsReader();
    }
}
