package org.micmac4j.cib;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.micmac4j.InvalidInputException;
import org.micmac4j.Threads;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.parallel.Workers;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Cross-impact balance analysis (Weimer-Jehle 2006): the exact set of scenarios whose
 * inconsistency is at most K (K = 0: the consistent scenarios, ties counted as consistent), each
 * with its inconsistency, consistency value and total impact score (see {@link ImpactBalance}),
 * sorted by {@link CibScenario#ORDER}.
 *
 * <p>The default {@link Algorithm#PRUNED} first splits the descriptors into independent groups
 * (blocks whose rows are constant cannot change a consistency; see the package documentation),
 * then runs on each group a depth-first branch and bound: scores updated by one matrix row per
 * step, and a lower bound on every assigned descriptor's final gap (each unassigned descriptor
 * contributing its most favourable variant) that cuts a subtree as soon as no completion can reach
 * IC ≤ K. It is exact: a subtree is cut only when every scenario in it has IC &gt; K, and a leaf is
 * kept only when its exact IC is ≤ K. The first levels run in parallel.
 *
 * <p>Immutable and thread-safe; serializable, so that a Spark task can carry it.
 *
 * <pre>{@code
 * CibResult kernel = Cib.withDefaults().solve(matrix);                          // consistent scenarios
 * CibResult near = Cib.withDefaults().withMaxInconsistency(2).solve(matrix);    // IC <= 2
 * }</pre>
 */
public final class Cib implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Default maximum inconsistency: {@value} (the consistent scenarios). */
    public static final int MAX_INCONSISTENCY_DEFAULT = 0;
    /** Default algorithm: {@link Algorithm#PRUNED}. */
    public static final Algorithm ALGORITHM_DEFAULT = Algorithm.PRUNED;
    /**
     * Default number of scenarios listed: {@value}. A larger set is no error: it is counted exactly
     * and only its first scenarios are listed ({@link CibResult#isComplete()}).
     */
    public static final int LIMIT_DEFAULT = 10_000_000;
    /** Default of {@link #withIndependentGroups}: search independent descriptor groups apart ({@value}). */
    public static final boolean INDEPENDENT_GROUPS_DEFAULT = true;
    /** Default enumeration limit of the sweeps: {@link ScenarioSpace#ENUMERATION_LIMIT_DEFAULT}. */
    public static final long ENUMERATION_LIMIT_DEFAULT = ScenarioSpace.ENUMERATION_LIMIT_DEFAULT;
    /** Default threads: {@link Threads#AUTO} (one per processor; see {@link Threads} for the policy). */
    public static final int THREADS_DEFAULT = Threads.AUTO;

    private static final Cib DEFAULTS = new Cib(new Settings());

    private final int maxInconsistency;
    private final Algorithm algorithm;
    private final int threads;
    private final int limit;
    private final boolean independentGroups;
    private final long enumerationLimit;
    private final Map<String, String> intervention;
    private final FeasibilityConstraints constraints;

    /**
     * The settings while a copy is made: one place that lists them, so that each {@code with...}
     * names only what it changes. Starts at the defaults.
     */
    private static final class Settings {
        int maxInconsistency = MAX_INCONSISTENCY_DEFAULT;
        Algorithm algorithm = ALGORITHM_DEFAULT;
        int threads = THREADS_DEFAULT;
        int limit = LIMIT_DEFAULT;
        boolean independentGroups = INDEPENDENT_GROUPS_DEFAULT;
        long enumerationLimit = ENUMERATION_LIMIT_DEFAULT;
        Map<String, String> intervention = Map.of();
        FeasibilityConstraints constraints = FeasibilityConstraints.none();
    }

    private Cib(Settings s) {
        this.maxInconsistency = s.maxInconsistency;
        this.algorithm = s.algorithm;
        this.threads = s.threads;
        this.limit = s.limit;
        this.independentGroups = s.independentGroups;
        this.enumerationLimit = s.enumerationLimit;
        this.intervention = s.intervention;
        this.constraints = s.constraints;
    }

    /** A copy with this configuration's settings, changed by {@code change}. */
    private Cib with(Consumer<Settings> change) {
        Settings s = new Settings();
        s.maxInconsistency = maxInconsistency;
        s.algorithm = algorithm;
        s.threads = threads;
        s.limit = limit;
        s.independentGroups = independentGroups;
        s.enumerationLimit = enumerationLimit;
        s.intervention = intervention;
        s.constraints = constraints;
        change.accept(s);
        return new Cib(s);
    }

    /** @return the defaults: K = 0, pruned search, all processors, independent groups searched apart */
    public static Cib withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param k the largest inconsistency kept, ≥ 0
     * @return a copy with that K
     * @throws InvalidInputException when negative
     */
    public Cib withMaxInconsistency(int k) {
        Messages.require(k >= 0, "the maximum inconsistency must be at least 0, got %d", k);
        return with(s -> s.maxInconsistency = k);
    }

    /**
     * @param a the algorithm
     * @return a copy using it
     */
    public Cib withAlgorithm(Algorithm a) {
        Objects.requireNonNull(a, "algorithm");
        return with(s -> s.algorithm = a);
    }

    /**
     * @param t {@link Threads#AUTO} or the number of threads; never changes results
     * @return a copy using that many
     * @throws InvalidInputException when negative
     */
    public Cib withThreads(int t) {
        Workers.requireValid(t);
        return with(s -> s.threads = t);
    }

    /**
     * @param newLimit how many scenarios to list, ≥ 0 (the count is exact whatever the limit)
     * @return a copy with that limit
     * @throws InvalidInputException when negative
     */
    public Cib withLimit(int newLimit) {
        Messages.require(newLimit >= 0, "the limit of listed scenarios must be >= 0, got %d", newLimit);
        return with(s -> s.limit = newLimit);
    }

    /**
     * @param independent whether the pruned search first splits independent descriptor groups
     * @return a copy with that setting
     */
    public Cib withIndependentGroups(boolean independent) {
        return with(s -> s.independentGroups = independent);
    }

    /**
     * @param newLimit the largest space the sweeps ({@link Algorithm#SWEEP}, {@link Algorithm#PLAIN}) enumerate
     * @return a copy with that limit
     * @throws InvalidInputException when below 1
     */
    public Cib withEnumerationLimit(long newLimit) {
        Messages.require(newLimit >= 1, "the enumeration limit must be at least 1, got %d", newLimit);
        return with(s -> s.enumerationLimit = newLimit);
    }

    /**
     * An intervention: each given descriptor is held at its variant by a decision from outside the
     * system. Only scenarios with those variants are considered, the held descriptors' own
     * consistency is not tested (their inconsistency and consistency value leave them out), and
     * their impacts on the other descriptors count as usual. The ids are resolved when a matrix is
     * solved. Compare with the free solution set with {@link KernelChange#between}.
     *
     * <pre>{@code
     * CibResult held = Cib.withDefaults().withIntervention(Map.of("A", "a2", "C", "c1")).solve(m);
     * KernelChange change = KernelChange.between(Cib.withDefaults().solve(m), held);
     * }</pre>
     *
     * @param held descriptor id → variant id; empty: no intervention
     * @return a copy with that intervention (replacing any earlier one)
     * @throws InvalidInputException when an id is blank
     */
    public Cib withIntervention(Map<String, String> held) {
        Map<String, String> copy = Intervention.copy(held);
        return with(s -> s.intervention = copy);
    }

    /**
     * @param c feasibility constraints: scenarios violating one are excluded before their
     *     consistency is judged, inside the search
     * @return a copy with those constraints (replacing any earlier ones)
     */
    public Cib withConstraints(FeasibilityConstraints c) {
        Objects.requireNonNull(c, "constraints");
        return with(s -> s.constraints = c);
    }

    /** @return the intervention: descriptor id → held variant id, in the order given (empty: none) */
    public Map<String, String> intervention() {
        return intervention;
    }

    /** @return the feasibility constraints ({@link FeasibilityConstraints#none()}: none) */
    public FeasibilityConstraints constraints() {
        return constraints;
    }

    /** @return K */
    public int maxInconsistency() {
        return maxInconsistency;
    }

    /** @return the algorithm */
    public Algorithm algorithm() {
        return algorithm;
    }

    /** @return the configured threads ({@link Threads#AUTO}: one per processor) */
    public int threads() {
        return threads;
    }

    /** @return how many scenarios are listed */
    public int limit() {
        return limit;
    }

    /** @return whether independent descriptor groups are searched apart */
    public boolean independentGroups() {
        return independentGroups;
    }

    /** @return the enumeration limit of the sweeps */
    public long enumerationLimit() {
        return enumerationLimit;
    }

    int effectiveThreads() {
        return Workers.resolve(threads);
    }

    /**
     * Every scenario with inconsistency at most K, counted exactly, the first {@link #limit()}
     * listed.
     *
     * @param matrix the judgement matrix
     * @return the solution set, sorted by {@link CibScenario#ORDER}
     * @throws InvalidInputException when a sweep's space exceeds the enumeration limit, or one
     *         independent group alone has more than {@link Islands#GROUP_LIMIT} solutions
     */
    public CibResult solve(CibMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        ScenarioSpace space = matrix.space();
        Feasibility feasibility = Feasibility.of(constraints, space);
        Intervention held = Intervention.of(matrix, Intervention.resolve(intervention, space), feasibility);
        boolean[] tested = held.tested();
        List<String> ids = space.descriptors().stream().map(d -> d.id()).toList();
        if (held.infeasible || held.reduced == null) {
            // no scenario, or every descriptor held: the one scenario, nothing tested
            List<CibScenario> one = held.infeasible ? List.of()
                    : List.of(matrix.balance(space.scenario(held.expand(new int[0])), tested).toCibScenario());
            return new CibResult(this, space, limit == 0 ? List.of() : one, BigInteger.valueOf(one.size()),
                    List.of(new DescriptorGroup(ids, space.size(), one.size())));
        }
        // the measures and order of a scenario of the reduced problem are those of its whole scenario
        java.util.function.Function<int[], CibScenario> measure = z -> matrix
                .balance(space.scenario(held.expand(z)), tested).toCibScenario();
        CibMatrix reduced = held.reduced;
        Feasibility f = held.feasibility;
        int t = effectiveThreads();
        List<Solutions> found;
        switch (algorithm) {
            case SWEEP -> {
                reduced.space().requireAtMost(enumerationLimit, "the incremental sweep");
                found = new Sweep(reduced, maxInconsistency, f, limit).measuredBy(measure).incremental(t);
            }
            case PLAIN -> {
                reduced.space().requireAtMost(enumerationLimit, "the plain enumeration");
                found = new Sweep(reduced, maxInconsistency, f, limit).measuredBy(measure).plain(t);
            }
            default -> {
                List<int[]> parts = independentGroups ? Components.of(reduced, f)
                        : List.of(all(reduced.space().descriptorCount()));
                if (parts.size() > 1) {
                    Islands.Listing l = Islands.kernel(reduced, parts, f, maxInconsistency, limit, t, measure);
                    return new CibResult(this, space, l.listed(), l.count(), l.groups());
                }
                found = search(reduced, f, limit, t, measure);
            }
        }
        long count = Solutions.count(found);
        return new CibResult(this, space, Solutions.first(found, limit), BigInteger.valueOf(count),
                List.of(new DescriptorGroup(ids, space.size(), count)));
    }

    private static int[] all(int nd) {
        int[] a = new int[nd];
        for (int i = 0; i < nd; i++) {
            a[i] = i;
        }
        return a;
    }

    /** The pruned search of one matrix (a whole problem or one group), its solutions measured by {@code measure}. */
    List<Solutions> search(CibMatrix m, Feasibility f, int keep, int t,
            java.util.function.Function<int[], CibScenario> measure) {
        int[] caps = new int[m.space().descriptorCount()];
        java.util.Arrays.fill(caps, maxInconsistency);
        return new PrunedSearch(m, SearchOrder.greedy(m), caps, f, keep).measuredBy(measure).run(t);
    }

    /**
     * The impact balance of one scenario (a convenience for {@link CibMatrix#balance(Scenario)}).
     *
     * @param matrix the matrix
     * @param scenario the scenario
     * @return its balance
     */
    public static ImpactBalance balance(CibMatrix matrix, Scenario scenario) {
        return matrix.balance(scenario);
    }

    @Override
    public String toString() {
        return "Cib[maxInconsistency=" + maxInconsistency + ", algorithm=" + algorithm + ", threads=" + threads
                + ", limit=" + limit + ", independentGroups=" + independentGroups
                + ", enumerationLimit=" + enumerationLimit
                + (intervention.isEmpty() ? "" : ", intervention=" + intervention)
                + (constraints.isEmpty() ? "" : ", constraints=" + constraints.rules().size() + " rules") + "]";
    }
}
