package org.micmac4j.cib;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.micmac4j.Draws;
import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.random.DrawRunner;
import org.micmac4j.scenario.Scenario;

/**
 * Robustness to judgement uncertainty: many noisy copies of a matrix, each cell c drawn as
 * {@code c + round(σ · g)} with g standard normal (an integer, as judgements are), each copy solved
 * with the configured {@link Cib}; a scenario's share of copies in whose solution set it is
 * estimates its probability of consistency.
 *
 * <p>Zero cells are kept by default ({@link #ZEROS_KEPT_DEFAULT}): a zero usually says "no
 * influence", a structural judgement rather than a weak one.
 *
 * <p><b>Draws.</b> Copy d uses the generator {@link Draws#stream(long) draws().stream(d)}: one
 * standard normal variate g per drawn cell, in row-major order (zero cells skipped when kept), by
 * Commons RNG's {@link ZigguratSampler.NormalizedGaussian} (Marsaglia &amp; Tsang's ziggurat, as
 * modified by McFarland 2016). A copy depends on (seed, d) alone, so a result is the same on any
 * number of threads and a copy computed alone equals the same copy in a run.
 *
 * <p><b>Bounds.</b> σ is at most {@link #STANDARD_DEVIATION_MAX}, and there are at most
 * {@link #DRAWS_MAX} copies in all (members × draws).
 *
 * <p>Immutable and thread-safe; serializable, so that a Spark task can carry it (its draws' progress
 * listener stays behind).
 *
 * <pre>{@code
 * ShareResult<JudgementNoise> r = JudgementNoise.withDefaults().withStandardDeviation(0.5)
 *         .withDraws(Draws.withDefaults().withCount(1000).withSeed(7)).analyze(matrix);
 * }</pre>
 */
public final class JudgementNoise implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Default standard deviation of the noise, in judgement units: {@value}. */
    public static final double STANDARD_DEVIATION_DEFAULT = 0.5;
    /**
     * Largest standard deviation: {@value}, in judgement units. Judgements are scored on small
     * scales (−3..+3 in ScenarioWizard, rarely beyond ±10): at σ = 100 every copy is already a
     * random matrix that says nothing about the judgements, and much beyond it the rounded draws
     * leave the exact integer range (at 1e30 every draw saturated to the same value, which reported
     * the noise-free scenarios in every draw).
     */
    public static final double STANDARD_DEVIATION_MAX = 100;
    /** Default number of noisy copies of each matrix: {@value}, seed 1, all processors. */
    public static final long DRAWS_DEFAULT = 1000;
    /**
     * Largest number of noisy copies in all (members × draws): {@value} (10^6). Each copy is a
     * whole CIB solve, and at 10^6 copies a probability of consistency is within ±0.001 (95 %).
     */
    public static final long DRAWS_MAX = 1_000_000;
    /** Default treatment of zero cells: {@value} (kept at 0). */
    public static final boolean ZEROS_KEPT_DEFAULT = true;

    private static final JudgementNoise DEFAULTS = new JudgementNoise(STANDARD_DEVIATION_DEFAULT,
            Draws.withDefaults().withCount(DRAWS_DEFAULT), ZEROS_KEPT_DEFAULT, Cib.withDefaults());

    private final double sd;
    private final Draws draws;
    private final boolean zerosKept;
    private final Cib cib;

    private JudgementNoise(double sd, Draws draws, boolean zerosKept, Cib cib) {
        this.sd = sd;
        this.draws = draws;
        this.zerosKept = zerosKept;
        this.cib = cib;
    }

    /** @return the defaults: σ = 0.5, 1000 draws, seed 1, zeros kept, K = 0 */
    public static JudgementNoise withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param s σ, in 0..{@link #STANDARD_DEVIATION_MAX}
     * @return a copy with that σ
     * @throws InvalidInputException when out of range or not a number
     */
    public JudgementNoise withStandardDeviation(double s) {
        Messages.require(s >= 0 && s <= STANDARD_DEVIATION_MAX, "the standard deviation of the judgement noise must "
                + "be in 0..%s judgement units (a larger one makes every noisy copy a random matrix), got %s",
                STANDARD_DEVIATION_MAX, s);
        return new JudgementNoise(s, draws, zerosKept, cib);
    }

    /**
     * @param d the noisy copies of each matrix: count (1..{@link #DRAWS_MAX}), seed, threads over
     *     the copies, progress listener (told the number of copies solved so far)
     * @return a copy with those draws
     * @throws InvalidInputException when the count exceeds {@link #DRAWS_MAX}
     */
    public JudgementNoise withDraws(Draws d) {
        Messages.requireDraws(d.count(), DRAWS_MAX);
        return new JudgementNoise(sd, d, zerosKept, cib);
    }

    /**
     * @param kept whether zero cells stay 0
     * @return a copy with that setting
     */
    public JudgementNoise withZerosKept(boolean kept) {
        return new JudgementNoise(sd, draws, kept, cib);
    }

    /**
     * @param c how each noisy matrix is solved (K, algorithm; each copy is solved on one thread,
     *     the copies running on {@code draws().threads()})
     * @return a copy using it
     */
    public JudgementNoise withCib(Cib c) {
        return new JudgementNoise(sd, draws, zerosKept, Objects.requireNonNull(c, "cib"));
    }

    /** @return σ */
    public double standardDeviation() {
        return sd;
    }

    /** @return the noisy copies of each matrix: count, seed, threads, progress listener */
    public Draws draws() {
        return draws;
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
     * Judgement noise over an ensemble: {@code draws().count()} noisy copies of every member. A
     * scenario's share is then its probability of consistency for a member taken at random (every
     * member weighs the same), and its {@link ScenarioShare#matrices() matrices} are positions
     * member · draws + draw, so that position / draws is the member. Position p uses the generator
     * {@code draws().stream(p)}, so the first member's draws are those of
     * {@link #analyze(CibMatrix)} on it alone.
     *
     * @param members the matrices, at least one, all over equal scenario spaces (not modified)
     * @return every scenario in the solution set of at least one draw of one member, with its share
     *         of all members' draws; {@link ShareResult#matrices()} is members · draws
     * @throws InvalidInputException when there is no member, the spaces differ (the message names
     *         the member), members · draws exceeds {@link #DRAWS_MAX}, a noisy copy's impact
     *         scores would exceed {@link CibMatrix#SCORE_LIMIT}, or a noisy copy's solution set is larger
     *         than {@code cib().limit()} (a share needs every scenario; the message names the copy)
     */
    public ShareResult<JudgementNoise> analyze(List<CibMatrix> members) {
        return result(members, solutionSets(members, 0, copies(members) - 1));
    }

    /**
     * The solution sets of the noisy copies at positions {@code first..last} (both included; position
     * member · draws + draw, as in {@link #analyze(List)}), solved on {@code draws().threads()}: what a
     * task of a distributed run computes. Copy p depends on (seed, p) alone, so the sets of any cut
     * of the positions are those of the whole run.
     *
     * @param members the matrices, all over equal scenario spaces (not modified)
     * @param first the first position, ≥ 0
     * @param last the last position, first ≤ last &lt; members · draws
     * @return the scenarios of each copy's solution set in {@link CibScenario#ORDER}, in position order
     * @throws InvalidInputException as {@link #analyze(List)}, or when the positions are out of range
     */
    public List<List<Scenario>> solutionSets(List<CibMatrix> members, long first, long last) {
        long total = copies(members);
        Messages.require(first >= 0 && first <= last && last < total, "noisy copies %d:%d are not within the %d "
                + "copies 0:%d", first, last, total, total - 1);
        long count = draws.count();
        Cib inner = cib.withThreads(1);
        Scenario[][] solutions = new Scenario[(int) (last - first + 1)][];
        DrawRunner.range(first, last + 1, draws.seed(), draws.threads(), draws.progress(), () -> null,
                (none, p, rng) -> {
                    CibResult r = inner.solve(draw(members.get((int) (p / count)), rng, p));
                    solutions[(int) (p - first)] = r.all(copyName(p, count, members.size())).stream()
                            .map(CibScenario::scenario).toArray(Scenario[]::new);
                });
        return Arrays.stream(solutions).map(List::of).toList();
    }

    /**
     * The result of {@link #analyze(List)} from the copies' solution sets computed apart
     * ({@link #solutionSets}): equal to it whatever the cut.
     *
     * @param members the matrices the copies were drawn from
     * @param sets the solution set of every copy, in position order (members · draws of them)
     * @return the shares, as {@link #analyze(List)} gives them
     * @throws InvalidInputException when there are not members · draws sets
     */
    public ShareResult<JudgementNoise> result(List<CibMatrix> members, List<List<Scenario>> sets) {
        long total = copies(members);
        Messages.require(sets.size() == total, "%d solution sets for the %d noisy copies", sets.size(), total);
        return new ShareResult<>(this, members.get(0).space(), (int) total, Shares.of(sets));
    }

    /**
     * @param members the matrices, all over equal scenario spaces
     * @return the number of noisy copies of an analysis of them, members · draws
     * @throws InvalidInputException when there is no member, the spaces differ, or there are more
     *         than {@link #DRAWS_MAX} copies
     */
    public long copies(List<CibMatrix> members) {
        Ensemble.requireOneSpace(members);
        long count = draws.count();
        Messages.require(members.size() <= DRAWS_MAX / count, "%d members x %d draws = %d noisy copies, more than "
                + "the %d allowed", members.size(), count, members.size() * count, DRAWS_MAX);
        return members.size() * count;
    }

    /** The name of copy p in messages: "noisy copy d" (1-based), "of member m" when several. */
    private static String copyName(long p, long count, int members) {
        return "judgement noise: noisy copy " + (p % count + 1) + (members > 1 ? " of member " + (p / count + 1) : "");
    }

    /**
     * One noisy copy (package-private for tests): cell c becomes c + round(σ·g), g from the
     * generator, zero cells skipped when kept.
     *
     * @param matrix the matrix
     * @param rng the copy's generator
     * @param position the copy's position, for the message
     * @return the copy
     * @throws InvalidInputException when the copy's scores would exceed {@link CibMatrix#SCORE_LIMIT}
     */
    CibMatrix draw(CibMatrix matrix, UniformRandomProvider rng, long position) {
        NormalizedGaussianSampler g = ZigguratSampler.NormalizedGaussian.of(rng);
        int[] c = matrix.cells().clone();
        for (int i = 0; i < c.length; i++) {
            if (zerosKept && c[i] == 0) {
                continue;
            }
            // |σ·g| ≤ 100 · (about 10 at most for a 64-bit ziggurat): far inside the int range
            c[i] += (int) Math.round(sd * g.sample());
        }
        try {
            return matrix.withCells(c);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("judgement noise: noisy copy " + (position + 1)
                    + " with standard deviation " + sd + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "JudgementNoise[sd=" + sd + ", " + draws + ", zerosKept=" + zerosKept + ", " + cib + "]";
    }
}
