package org.micmac4j.experts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.Sector;
import org.micmac4j.SplitRule;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.internal.Messages;

/**
 * Monte Carlo robustness of a MICMAC classification: how likely each variable is to be in each
 * sector, and how far its ranks move, under the uncertainty of the inputs.
 *
 * <p>Sources of uncertainty, each optional:
 * <ul>
 *   <li>{@link #withExpertBootstrap(boolean) expert bootstrap} (panels; on by default): each draw
 *       resamples m experts with replacement from the m of the panel and aggregates them by the
 *       synthesis's rule;</li>
 *   <li>{@link #withCellDraws(boolean) cell draws} (panels): each cell takes one of its
 *       opinions, chosen with probability proportional to the expert weights, instead of the
 *       aggregate;</li>
 *   <li>{@link #withPerturbation(double, double) perturbation}: independently for each
 *       off-diagonal cell that is not P, a non-zero value moves ±1 with probability p (up or down
 *       with probability 1/2, down at the top of the scale, never below 0) and a zero becomes 1
 *       with probability q (applied after the panel sources for a panel). Drawn by geometric
 *       skipping: about as many variates as moved cells (max(p, q)·n² when the base changes per
 *       draw) instead of one per cell, with exactly the law of one Bernoulli trial per cell;</li>
 *   <li>{@link #withPotentialWeightRange(double, double) P weight}: the weight of P in the
 *       potential views drawn uniformly in a range;</li>
 *   <li>{@link #withSplitRules(Set) split rule}: each draw uses one of the given rules, uniformly.</li>
 * </ul>
 *
 * <p>Reproducible: draw d uses its own generator (XoRoShiRo128++ from Apache Commons RNG) seeded by
 * SplitMix64 of (seed, d), and the tallies are sums, so a seed gives the same result whatever the
 * number of threads. Parallel across draws. A draw of a single matrix writes only the cells it
 * moves, into one copy of the matrix in its own storage ({@link InfluenceMatrix#withCells}); a
 * panel's draw refills one builder per worker. Either way a draw allocates nothing of size n²
 * beyond its matrix (and, when it has P cells, the potential matrix of the analysis).
 *
 * <pre>{@code
 * RobustnessResult r = Robustness.withDefaults().withDraws(2000).withSeed(7)
 *         .withCellDraws(true).run(panel, PanelSynthesis.withDefaults());
 * r.view(View.INDIRECT).get(0).probability(Sector.INFLUENT);
 * }</pre>
 */
public final class Robustness {
    /** 1000 draws: sector probabilities to about ±0.03 (95 %). */
    public static final int DRAWS_DEFAULT = 1000;
    /** The default seed. */
    public static final long SEED_DEFAULT = 1;
    /** 0: as many threads as available processors. */
    public static final int THREADS_DEFAULT = 0;
    /** A robust key variable is INFLUENT or RELAY in at least 80 % of the draws. */
    public static final double KEY_THRESHOLD_DEFAULT = 0.8;

    private static final Robustness DEFAULTS = new Robustness(DRAWS_DEFAULT, SEED_DEFAULT, THREADS_DEFAULT,
            KEY_THRESHOLD_DEFAULT, true, false, 0, 0, Double.NaN, Double.NaN, EnumSet.noneOf(SplitRule.class), null);

    private final int draws;
    private final long seed;
    private final int threads;
    private final double keyThreshold;
    private final boolean bootstrap;
    private final boolean cellDraws;
    private final double perturbP;
    private final double perturbQ;
    private final double pLow;
    private final double pHigh;
    private final Set<SplitRule> splitRules;
    private final IntConsumer progress;

    private Robustness(int draws, long seed, int threads, double keyThreshold, boolean bootstrap, boolean cellDraws,
            double perturbP, double perturbQ, double pLow, double pHigh, Set<SplitRule> splitRules,
            IntConsumer progress) {
        this.draws = draws;
        this.seed = seed;
        this.threads = threads;
        this.keyThreshold = keyThreshold;
        this.bootstrap = bootstrap;
        this.cellDraws = cellDraws;
        this.perturbP = perturbP;
        this.perturbQ = perturbQ;
        this.pLow = pLow;
        this.pHigh = pHigh;
        this.splitRules = splitRules;
        this.progress = progress;
    }

    /** @return 1000 draws, seed 1, expert bootstrap only, all processors */
    public static Robustness withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param n the number of draws, ≥ 1
     * @return a copy
     */
    public Robustness withDraws(int n) {
        Messages.require(n >= 1, "the number of draws must be at least 1, got %d", n);
        return new Robustness(n, seed, threads, keyThreshold, bootstrap, cellDraws, perturbP, perturbQ, pLow, pHigh,
                splitRules, progress);
    }

    /**
     * @param s the seed
     * @return a copy
     */
    public Robustness withSeed(long s) {
        return new Robustness(draws, s, threads, keyThreshold, bootstrap, cellDraws, perturbP, perturbQ, pLow, pHigh,
                splitRules, progress);
    }

    /**
     * @param t worker threads, ≥ 1, or 0 for the available processors (does not change results)
     * @return a copy
     */
    public Robustness withThreads(int t) {
        Messages.require(t >= 0, "threads must be >= 0, got %d", t);
        return new Robustness(draws, seed, t, keyThreshold, bootstrap, cellDraws, perturbP, perturbQ, pLow, pHigh,
                splitRules, progress);
    }

    /**
     * @param threshold the probability of INFLUENT or RELAY that makes a robust key variable, in (0, 1]
     * @return a copy
     */
    public Robustness withKeyThreshold(double threshold) {
        Messages.require(threshold > 0 && threshold <= 1, "the key threshold must be in (0, 1], got %s", threshold);
        return new Robustness(draws, seed, threads, threshold, bootstrap, cellDraws, perturbP, perturbQ, pLow, pHigh,
                splitRules, progress);
    }

    /**
     * @param on whether panel draws resample the experts with replacement
     * @return a copy
     */
    public Robustness withExpertBootstrap(boolean on) {
        return new Robustness(draws, seed, threads, keyThreshold, on, cellDraws, perturbP, perturbQ, pLow, pHigh,
                splitRules, progress);
    }

    /**
     * @param on whether each cell of a panel draw is one of its opinions rather than the aggregate
     * @return a copy
     */
    public Robustness withCellDraws(boolean on) {
        return new Robustness(draws, seed, threads, keyThreshold, bootstrap, on, perturbP, perturbQ, pLow, pHigh,
                splitRules, progress);
    }

    /**
     * @param p probability that a non-zero cell moves by ±1, in [0, 1]
     * @param q probability that a zero cell becomes 1, in [0, 1]
     * @return a copy
     */
    public Robustness withPerturbation(double p, double q) {
        Messages.require(p >= 0 && p <= 1 && q >= 0 && q <= 1, "perturbation probabilities must be in [0, 1], got %s, %s",
                p, q);
        return new Robustness(draws, seed, threads, keyThreshold, bootstrap, cellDraws, p, q, pLow, pHigh, splitRules,
                progress);
    }

    /**
     * @param low smallest P weight of the potential views, ≥ 0
     * @param high largest, ≥ low
     * @return a copy drawing the weight uniformly in [low, high] per draw
     */
    public Robustness withPotentialWeightRange(double low, double high) {
        Messages.require(Double.isFinite(low) && Double.isFinite(high) && low >= 0 && high >= low,
                "the P weight range must satisfy 0 <= low <= high, got %s, %s", low, high);
        return new Robustness(draws, seed, threads, keyThreshold, bootstrap, cellDraws, perturbP, perturbQ, low, high,
                splitRules, progress);
    }

    /**
     * @param rules split rules drawn uniformly per draw (empty: the analysis's own rule); FIXED
     *     is not allowed (it has no thresholds of its own)
     * @return a copy
     */
    public Robustness withSplitRules(Set<SplitRule> rules) {
        Messages.require(!rules.contains(SplitRule.FIXED), "FIXED cannot be drawn: it needs thresholds");
        Set<SplitRule> copy = rules.isEmpty() ? EnumSet.noneOf(SplitRule.class) : EnumSet.copyOf(rules);
        return new Robustness(draws, seed, threads, keyThreshold, bootstrap, cellDraws, perturbP, perturbQ, pLow, pHigh,
                copy, progress);
    }

    /**
     * @param listener called from worker threads with the number of draws done so far (thread-safe
     *     listeners only); null for none
     * @return a copy
     */
    public Robustness withProgress(IntConsumer listener) {
        return new Robustness(draws, seed, threads, keyThreshold, bootstrap, cellDraws, perturbP, perturbQ, pLow, pHigh,
                splitRules, listener);
    }

    /** @return the number of draws */
    public int draws() {
        return draws;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the configured threads (0 = processors) */
    public int threads() {
        return threads;
    }

    /** @return the key-variable threshold */
    public double keyThreshold() {
        return keyThreshold;
    }

    /** @return whether experts are resampled */
    public boolean expertBootstrap() {
        return bootstrap;
    }

    /** @return whether cells are drawn from their opinions */
    public boolean cellDraws() {
        return cellDraws;
    }

    /** @return the perturbation probability p of a non-zero cell */
    public double perturbationP() {
        return perturbP;
    }

    /** @return the perturbation probability q of a zero cell */
    public double perturbationQ() {
        return perturbQ;
    }

    /** @return the P weight range [low, high], or null when the weight is fixed */
    public double[] potentialWeightRange() {
        return Double.isNaN(pLow) ? null : new double[] {pLow, pHigh};
    }

    /** @return the split rules drawn (empty: the analysis's own) */
    public Set<SplitRule> splitRules() {
        return splitRules.isEmpty() ? Set.of() : EnumSet.copyOf(splitRules);
    }

    /**
     * Robustness of a panel's synthesis.
     *
     * @param panel the panel, not modified
     * @param synthesis the aggregation rule and the MICMAC configuration
     * @return the result
     */
    public RobustnessResult run(Panel panel, PanelSynthesis synthesis) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(synthesis, "synthesis");
        Messages.require(bootstrap || cellDraws || hasOwnSource(),
                "no source of uncertainty: turn on expert bootstrap, cell draws, perturbation, a P weight range or split rules");
        DrawSource source = new PanelDraws(panel, synthesis, bootstrap, cellDraws);
        boolean anyP = false;
        for (int e = 0; e < panel.expertCount() && !anyP; e++) {
            for (boolean p : panel.rawPotential(e)) {
                anyP |= p;
            }
        }
        return run(panel.variables().size(), panel.variables(), perturbed(source, panel.scale().max(),
                panel.scale().max()), synthesis.micmac(), anyP);
    }

    /**
     * Robustness of a single matrix: needs a perturbation, a P weight range or split rules.
     *
     * @param matrix the matrix, not modified
     * @param micmac the analysis configuration
     * @return the result
     */
    public RobustnessResult run(InfluenceMatrix matrix, Micmac micmac) {
        Messages.require(hasOwnSource(),
                "no source of uncertainty for a single matrix: give a perturbation (p, q), a P weight range or split rules");
        double top = 0;
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = 0; j < matrix.size(); j++) {
                top = Math.max(top, matrix.value(i, j));
            }
        }
        return run(matrix.size(), matrix.variables(), perturbed(new FixedMatrix(matrix), matrix.scale().max(),
                Math.max(top, 1)), micmac, matrix.potentialCount() > 0);
    }

    private boolean hasOwnSource() {
        return perturbP > 0 || perturbQ > 0 || !Double.isNaN(pLow) && pHigh > pLow || splitRules.size() > 1;
    }

    /** The top of the scale, or the largest cell for unbounded scales. */
    private DrawSource perturbed(DrawSource base, double scaleMax, double fallbackMax) {
        if (perturbP == 0 && perturbQ == 0) {
            return base;
        }
        return new Perturbation(base, perturbP, perturbQ, Double.isFinite(scaleMax) ? scaleMax : fallbackMax);
    }

    private RobustnessResult run(int n, List<org.micmac4j.Variable> variables, DrawSource source, Micmac micmac,
            boolean anyP) {
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        workers = Math.max(1, Math.min(workers, draws));
        boolean potentialViews = anyP || !Double.isNaN(pLow);
        View[] views = potentialViews ? View.values() : new View[] {View.DIRECT, View.INDIRECT};
        SplitRule[] rules = splitRules.toArray(new SplitRule[0]);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Tally> tallies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "micmac4j-robustness");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Tally>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                DrawSource mine = source.copy();
                futures.add(pool.submit(() -> {
                    Tally tally = new Tally(n, views);
                    for (int d = next.getAndIncrement(); d < draws; d = next.getAndIncrement()) {
                        UniformRandomProvider rng = generator(seed, d);
                        InfluenceMatrix drawn = mine.draw(rng);
                        Micmac config = micmac;
                        if (rules.length > 0) {
                            config = config.withSplit(rules[rng.nextInt(rules.length)]);
                        }
                        if (!Double.isNaN(pLow)) {
                            double pw = pLow + (pHigh - pLow) * rng.nextDouble();
                            config = config.withPotentialWeights(config.potentialWeightCurrent(), pw);
                        }
                        MicmacResult r = config.analyze(drawn);
                        tally.add(r);
                        if (progress != null) {
                            progress.accept(done.incrementAndGet());
                        }
                    }
                    return tally;
                }));
            }
            for (Future<Tally> f : futures) {
                tallies.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        Tally total = tallies.get(0);
        for (int t = 1; t < tallies.size(); t++) {
            total.merge(tallies.get(t));
        }
        return new RobustnessResult(this, variables, total, draws, potentialViews);
    }

    /**
     * The generator of draw d: XoRoShiRo128++ seeded with two SplitMix64 outputs of seed and d,
     * independent of which thread runs the draw.
     */
    static UniformRandomProvider generator(long seed, long draw) {
        long base = seed + 0x9E3779B97F4A7C15L * (2 * draw + 1);
        long s0 = mix(base);
        long s1 = mix(base + 0x9E3779B97F4A7C15L);
        if (s0 == 0 && s1 == 0) {
            s1 = 1;
        }
        return new XoRoShiRo128PlusPlus(s0, s1);
    }

    /** SplitMix64's output function (Steele, Lea &amp; Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Per-worker counts: rank histograms and sector counts per view, stable draws. */
    static final class Tally {
        final int n;
        final View[] views;
        final int[][] influence;
        final int[][] dependence;
        final int[][] sectors;
        int stable;

        Tally(int n, View[] views) {
            this.n = n;
            this.views = views;
            influence = new int[views.length][n * n];
            dependence = new int[views.length][n * n];
            sectors = new int[views.length][n * 4];
        }

        void add(MicmacResult r) {
            for (int v = 0; v < views.length; v++) {
                ViewResult vr = r.view(views[v]);
                for (int i = 0; i < n; i++) {
                    influence[v][i * n + vr.influenceRank(i) - 1]++;
                    dependence[v][i * n + vr.dependenceRank(i) - 1]++;
                    sectors[v][i * 4 + vr.sector(i).ordinal()]++;
                }
            }
            if (r.isStable()) {
                stable++;
            }
        }

        void merge(Tally o) {
            for (int v = 0; v < views.length; v++) {
                add(influence[v], o.influence[v]);
                add(dependence[v], o.dependence[v]);
                add(sectors[v], o.sectors[v]);
            }
            stable += o.stable;
        }

        private static void add(int[] a, int[] b) {
            for (int k = 0; k < a.length; k++) {
                a[k] += b[k];
            }
        }

        int viewIndex(View view) {
            for (int v = 0; v < views.length; v++) {
                if (views[v] == view) {
                    return v;
                }
            }
            // Without P cells the potential views are the current ones.
            return viewIndex(view.isIndirect() ? View.INDIRECT : View.DIRECT);
        }
    }
}
