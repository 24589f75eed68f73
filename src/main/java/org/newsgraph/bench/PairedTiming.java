package org.newsgraph.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times a piece of work against a reference in the same rounds, so that whatever else the machine does slows both
 * alike: each round runs the work and the reference back to back (in alternating order, so neither always gets the
 * warmer caches) and keeps the ratio of that round. The figure to trust is the median of those per-round ratios;
 * the medians of each side alone still move with the machine's load.
 *
 * <p>Times are CPU nanoseconds of the calling thread, so other processes count only through shared caches and
 * frequency, not through waiting for a core. Warm-up runs the same alternation until both a number of passes and a
 * minimum of CPU time have gone by: a fixed number of passes is too few for the JIT on a loaded machine and wastes
 * time on a quiet one. It can also go on until the JIT has compiled nothing for a while: the compiler works on
 * threads of its own, and on a busy machine they fall behind the thread being timed, so a warm-up of a few seconds
 * of that thread's CPU can end with the work still partly interpreted (extraction of the sample measured 13 ms
 * after 3 s of warm-up and 7 ms after 20 s, under the same load).
 */
public final class PairedTiming {

    /**
     * The figures of one measurement.
     *
     * @param workNanos median CPU nanoseconds of one pass of the work
     * @param referenceNanos median CPU nanoseconds of one pass of the reference
     * @param ratio median over the rounds of work time / reference time in that round
     * @param ratioLow first quartile of those per-round ratios
     * @param ratioHigh third quartile of those per-round ratios
     */
    public record Result(double workNanos, double referenceNanos, double ratio, double ratioLow, double ratioHigh) {
        public Result {
            if (!(workNanos >= 0 && referenceNanos >= 0 && ratioLow <= ratio && ratio <= ratioHigh)) {
                throw new IllegalArgumentException("inconsistent timing: work " + workNanos + " ns, reference "
                        + referenceNanos + " ns, ratio " + ratioLow + " <= " + ratio + " <= " + ratioHigh);
            }
        }
    }

    private final int rounds;
    private final int warmupPasses;
    private final long warmupNanos;
    private final long jitQuietNanos;

    /** Most CPU time of untimed rounds spent waiting for the JIT to fall quiet: a JVM may never quite stop compiling. */
    static final long MAX_JIT_WAIT_NANOS = 120_000_000_000L;

    /**
     * @param rounds timed rounds (each one pass of the work and one of the reference)
     * @param warmupPasses at least this many untimed rounds first
     * @param warmupNanos and at least this much CPU time of untimed rounds
     */
    public PairedTiming(int rounds, int warmupPasses, long warmupNanos) {
        this(rounds, warmupPasses, warmupNanos, 0);
    }

    /**
     * @param rounds timed rounds (each one pass of the work and one of the reference)
     * @param warmupPasses at least this many untimed rounds first
     * @param warmupNanos and at least this much CPU time of untimed rounds
     * @param jitQuietNanos and until the JIT compiled nothing during this much CPU time of untimed rounds (0: not
     *                      asked; at most {@link #MAX_JIT_WAIT_NANOS} of warm-up in all, where the JVM tells its
     *                      compilation time)
     */
    public PairedTiming(int rounds, int warmupPasses, long warmupNanos, long jitQuietNanos) {
        if (rounds < 1 || warmupPasses < 0 || warmupNanos < 0 || jitQuietNanos < 0) {
            throw new IllegalArgumentException("rounds must be at least 1, warm-up not negative");
        }
        this.rounds = rounds;
        this.warmupPasses = warmupPasses;
        this.warmupNanos = warmupNanos;
        this.jitQuietNanos = jitQuietNanos;
    }

    /** Warms up, then times the rounds. */
    public Result measure(Runnable work, Runnable reference) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean watchJit = jitQuietNanos > 0 && jit != null && jit.isCompilationTimeMonitoringSupported();
        long warmStart = bean.getCurrentThreadCpuTime();
        long compiled = watchJit ? jit.getTotalCompilationTime() : 0;
        long lastCompile = warmStart;
        for (int i = 0; ; i++) {
            long now = bean.getCurrentThreadCpuTime();
            if (watchJit && jit.getTotalCompilationTime() != compiled) {
                compiled = jit.getTotalCompilationTime();
                lastCompile = now;
            }
            boolean jitBusy = watchJit && now - lastCompile < jitQuietNanos && now - warmStart < MAX_JIT_WAIT_NANOS;
            if (i >= warmupPasses && now - warmStart >= warmupNanos && !jitBusy) {
                break;
            }
            work.run();
            reference.run();
        }
        long[] workTimes = new long[rounds];
        long[] referenceTimes = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                workTimes[i] = time(bean, work);
                referenceTimes[i] = time(bean, reference);
            } else {
                referenceTimes[i] = time(bean, reference);
                workTimes[i] = time(bean, work);
            }
        }
        return summarise(workTimes, referenceTimes);
    }

    /**
     * The figures of timed rounds: medians of each side and the quartiles of the per-round ratios. A round whose
     * reference took no measurable time (below the clock's resolution) gives no ratio; if none does, the ratio is
     * that of the medians.
     */
    static Result summarise(long[] workTimes, long[] referenceTimes) {
        if (workTimes.length != referenceTimes.length || workTimes.length == 0) {
            throw new IllegalArgumentException("as many work times as reference times, at least one");
        }
        double[] ratios = new double[workTimes.length];
        int n = 0;
        for (int i = 0; i < workTimes.length; i++) {
            if (referenceTimes[i] > 0) {
                ratios[n++] = (double) workTimes[i] / referenceTimes[i];
            }
        }
        double work = median(Arrays.stream(workTimes).asDoubleStream().toArray());
        double reference = median(Arrays.stream(referenceTimes).asDoubleStream().toArray());
        if (n == 0) {
            double r = reference > 0 ? work / reference : Double.POSITIVE_INFINITY;
            return new Result(work, reference, r, r, r);
        }
        double[] kept = Arrays.copyOf(ratios, n);
        Arrays.sort(kept);
        return new Result(work, reference, median(kept), kept[(n - 1) / 4], kept[(3 * (n - 1) + 3) / 4]);
    }

    private static long time(ThreadMXBean bean, Runnable pass) {
        long t0 = bean.getCurrentThreadCpuTime();
        pass.run();
        return bean.getCurrentThreadCpuTime() - t0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
