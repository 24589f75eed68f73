package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The statistics of paired rounds; no assertion about how fast anything runs. */
class PairedTimingTest {

    @Test
    void theRatioIsTheMedianOfEachRoundsRatioNotTheRatioOfMedians() {
        // a load burst doubles both sides of rounds 3 and 4: each round's ratio stays 2, the medians' ratio does not
        long[] work = {200, 200, 800, 800, 200};
        long[] reference = {100, 100, 400, 400, 100};

        PairedTiming.Result r = PairedTiming.summarise(work, reference);

        assertThat(r.ratio()).isEqualTo(2.0);
        assertThat(r.ratioLow()).isEqualTo(2.0);
        assertThat(r.ratioHigh()).isEqualTo(2.0);
        assertThat(r.workNanos()).isEqualTo(200);
        assertThat(r.referenceNanos()).isEqualTo(100);
    }

    @Test
    void quartilesBracketTheMedianRatio() {
        long[] work = {100, 200, 300, 400, 500, 600, 700, 800};
        long[] reference = {100, 100, 100, 100, 100, 100, 100, 100};

        PairedTiming.Result r = PairedTiming.summarise(work, reference);

        assertThat(r.ratio()).isCloseTo(4.5, within(1e-9));
        assertThat(r.ratioLow()).isEqualTo(2.0);
        assertThat(r.ratioHigh()).isEqualTo(7.0);
    }

    @Test
    void roundsBelowTheClocksResolutionGiveNoRatio() {
        PairedTiming.Result r = PairedTiming.summarise(new long[] {300, 90, 300}, new long[] {100, 0, 100});

        assertThat(r.ratio()).isEqualTo(3.0);
    }

    @Test
    void everyRoundRunsTheWorkAndTheReferenceOnceAfterTheWarmUpPasses() {
        AtomicInteger work = new AtomicInteger();
        AtomicInteger reference = new AtomicInteger();

        new PairedTiming(7, 5, 0).measure(work::incrementAndGet, reference::incrementAndGet);

        assertThat(work.get()).isEqualTo(12);
        assertThat(reference.get()).isEqualTo(12);
    }

    @Test
    void aWarmUpWaitingForTheJitStillRunsItsPassesAndEnds() {
        AtomicInteger work = new AtomicInteger();
        AtomicInteger reference = new AtomicInteger();

        new PairedTiming(3, 4, 0, 20_000_000L).measure(work::incrementAndGet, reference::incrementAndGet);

        assertThat(work.get()).isGreaterThanOrEqualTo(7);
        assertThat(reference.get()).isEqualTo(work.get());
    }

    @Test
    void unequalOrEmptyRoundsAreRefused() {
        assertThatThrownBy(() -> PairedTiming.summarise(new long[] {1}, new long[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairedTiming(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairedTiming(1, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
