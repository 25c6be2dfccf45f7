package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/**
 * Robustness to judgement uncertainty: many noisy copies of a matrix, each cell c drawn as
 * {@code c + round(σ · g)} with g standard normal (an integer, as judgements are), each copy solved
 * with the configured {@link Cib}; a scenario's share of copies in whose solution set it is
 * estimates its probability of consistency.
 *
 * <p>Zero cells are kept by default ({@link #ZEROS_KEPT_DEFAULT}): a zero usually says "no
 * influence", a structural judgement rather than a weak one. Draws come from generators split off
 * one generator seeded with {@link #seed()}, in draw order, so results depend on the seed only.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ShareResult<JudgementNoise> r = JudgementNoise.withDefaults().withStandardDeviation(0.5).withDraws(1000)
 *         .analyze(matrix);
 * }</pre>
 */
public final class JudgementNoise {
    /** Default standard deviation of the noise, in judgement units: {@value}. */
    public static final double STANDARD_DEVIATION_DEFAULT = 0.5;
    /** Default number of noisy matrices: {@value}. */
    public static final int DRAWS_DEFAULT = 1000;
    /** Default seed: {@value}. */
    public static final long SEED_DEFAULT = 1L;
    /** Default treatment of zero cells: {@value} (kept at 0). */
    public static final boolean ZEROS_KEPT_DEFAULT = true;

    private static final JudgementNoise DEFAULTS = new JudgementNoise(STANDARD_DEVIATION_DEFAULT, DRAWS_DEFAULT,
            SEED_DEFAULT, ZEROS_KEPT_DEFAULT, Cib.withDefaults(), Cib.THREADS_AUTO, null);

    private final double sd;
    private final int draws;
    private final long seed;
    private final boolean zerosKept;
    private final Cib cib;
    private final int threads;
    private final IntConsumer progress;

    private JudgementNoise(double sd, int draws, long seed, boolean zerosKept, Cib cib, int threads,
            IntConsumer progress) {
        this.sd = sd;
        this.draws = draws;
        this.seed = seed;
        this.zerosKept = zerosKept;
        this.cib = cib;
        this.threads = threads;
        this.progress = progress;
    }

    /** @return the defaults: σ = 0.5, 1000 draws, seed 1, zeros kept, K = 0 */
    public static JudgementNoise withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param s σ, finite and ≥ 0
     * @return a copy with that σ
     * @throws InvalidInputException when negative or not finite
     */
    public JudgementNoise withStandardDeviation(double s) {
        Messages.require(Double.isFinite(s) && s >= 0, "the standard deviation must be finite and at least 0, got %s", s);
        return new JudgementNoise(s, draws, seed, zerosKept, cib, threads, progress);
    }

    /**
     * @param n the number of noisy matrices, ≥ 1
     * @return a copy with that number
     * @throws InvalidInputException when below 1
     */
    public JudgementNoise withDraws(int n) {
        Messages.require(n >= 1, "the number of draws must be at least 1, got %d", n);
        return new JudgementNoise(sd, n, seed, zerosKept, cib, threads, progress);
    }

    /**
     * @param s the seed
     * @return a copy with that seed
     */
    public JudgementNoise withSeed(long s) {
        return new JudgementNoise(sd, draws, s, zerosKept, cib, threads, progress);
    }

    /**
     * @param kept whether zero cells stay 0
     * @return a copy with that setting
     */
    public JudgementNoise withZerosKept(boolean kept) {
        return new JudgementNoise(sd, draws, seed, kept, cib, threads, progress);
    }

    /**
     * @param c how each noisy matrix is solved (K, algorithm)
     * @return a copy using it
     */
    public JudgementNoise withCib(Cib c) {
        return new JudgementNoise(sd, draws, seed, zerosKept, Objects.requireNonNull(c, "cib"), threads, progress);
    }

    /**
     * @param t threads over the draws, ≥ 1, or {@link Cib#THREADS_AUTO}
     * @return a copy using that many
     * @throws InvalidInputException when negative
     */
    public JudgementNoise withThreads(int t) {
        Messages.require(t >= 0, "threads must be at least 0 (0: one per processor), got %d", t);
        return new JudgementNoise(sd, draws, seed, zerosKept, cib, t, progress);
    }

    /**
     * @param listener called from worker threads with the number of draws solved so far
     *     (thread-safe listeners only; results do not depend on it); null for none
     * @return a copy
     */
    public JudgementNoise withProgress(IntConsumer listener) {
        return new JudgementNoise(sd, draws, seed, zerosKept, cib, threads, listener);
    }

    /** @return σ */
    public double standardDeviation() {
        return sd;
    }

    /** @return the number of draws */
    public int draws() {
        return draws;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return whether zero cells are kept */
    public boolean zerosKept() {
        return zerosKept;
    }

    /** @return how each noisy matrix is solved */
    public Cib cib() {
        return cib;
    }

    /**
     * @param matrix the judgement matrix (not modified)
     * @return every scenario in the solution set of at least one draw, with its share of draws
     */
    public ShareResult<JudgementNoise> analyze(CibMatrix matrix) {
        return analyze(List.of(Objects.requireNonNull(matrix, "matrix")));
    }

    /**
     * Judgement noise over an ensemble: {@link #draws()} noisy copies of every member. A
     * scenario's share is then its probability of consistency for a member taken at random (every
     * member weighs the same), and its {@link ScenarioShare#matrices() matrices} are positions
     * member · draws + draw, so that position / draws is the member. The generators are split off
     * the seeded one member after member, so the first member's draws are those of
     * {@link #analyze(CibMatrix)} on it alone.
     *
     * @param members the matrices, at least one, all over equal scenario spaces (not modified)
     * @return every scenario in the solution set of at least one draw of one member, with its share
     *         of all members' draws; {@link ShareResult#matrices()} is members · draws
     * @throws InvalidInputException when there is no member or the spaces differ (the message names the member)
     * @throws ArithmeticException when members · draws exceeds {@code Integer.MAX_VALUE}
     */
    public ShareResult<JudgementNoise> analyze(List<CibMatrix> members) {
        Ensemble.requireOneSpace(members);
        int total = Math.multiplyExact(members.size(), draws);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rnd = new SplittableRandom[total];
        for (int i = 0; i < total; i++) {
            rnd[i] = root.split();
        }
        Cib inner = cib.withThreads(1);
        List<CibResult> results = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            results.add(null);
        }
        int t = threads == Cib.THREADS_AUTO ? Runtime.getRuntime().availableProcessors() : threads;
        AtomicInteger done = new AtomicInteger();
        Parallel.run(t, total, i -> {
            results.set(i, inner.solve(draw(members.get(i / draws), rnd[i])));
            if (progress != null) {
                progress.accept(done.incrementAndGet());
            }
        });
        return new ShareResult<>(this, members.get(0).space(), total, Shares.of(results));
    }

    /** One noisy copy (package-private for tests). */
    CibMatrix draw(CibMatrix matrix, SplittableRandom rnd) {
        int[] c = matrix.cells().clone();
        for (int i = 0; i < c.length; i++) {
            if (zerosKept && c[i] == 0) {
                continue;
            }
            c[i] += (int) Math.round(sd * gaussian(rnd));
        }
        return matrix.withCells(c);
    }

    /** Standard normal by Box-Muller (SplittableRandom has no nextGaussian on Java 17). */
    private static double gaussian(SplittableRandom rnd) {
        double u = 1.0 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    @Override
    public String toString() {
        return "JudgementNoise[sd=" + sd + ", draws=" + draws + ", seed=" + seed + ", zerosKept=" + zerosKept + ", "
                + cib + "]";
    }
}
