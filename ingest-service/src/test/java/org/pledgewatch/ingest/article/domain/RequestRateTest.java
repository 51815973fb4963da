package org.pledgewatch.ingest.article.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RequestRateTest {

    private final AtomicLong now = new AtomicLong();
    private final RequestRate rate = new RequestRate(2, 3, now::get);

    @Test
    void aBurstIsGrantedThenTheClientWaits() {
        assertThat(rate.acquire("feed")).isZero();
        assertThat(rate.acquire("feed")).isZero();
        assertThat(rate.acquire("feed")).isZero();
        assertThat(rate.acquire("feed")).isEqualTo(1);
    }

    @Test
    void tokensComeBackAtTheRate() {
        for (int i = 0; i < 3; i++) {
            rate.acquire("feed");
        }
        now.addAndGet(500_000_000L);
        assertThat(rate.acquire("feed")).isZero();
        assertThat(rate.acquire("feed")).isEqualTo(1);
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        for (int i = 0; i < 3; i++) {
            rate.acquire("busy");
        }
        assertThat(rate.acquire("busy")).isPositive();
        assertThat(rate.acquire("quiet")).isZero();
    }
}
