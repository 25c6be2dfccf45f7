package org.micmac4j.experts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.rng.UniformRandomProvider;
import org.micmac4j.Draws;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.SplitRule;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.internal.Messages;
import org.micmac4j.internal.random.DrawRunner;

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
 * <p>Reproducible: draw d uses its own generator, {@link Draws#stream(long) draws().stream(d)},
 * and draws from it, in this order: the panel's draw (the bootstrap's m expert indices, then one
 * uniform per cell drawn from its opinions), the perturbation, the split rule, the P weight. The
 * tallies are sums, so a seed gives the same result whatever the threads, and a draw computed
 * alone is the same as inside the run. Parallel across draws. A draw of a single matrix writes only the cells it
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
public final class Robustness implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** 1000 draws: sector probabilities to about ±0.03 (95 %); seed 1, all processors. */
    public static final long DRAWS_DEFAULT = 1000;
    /**
     * Largest number of draws: {@value} (10^6). Each draw is a whole MICMAC analysis, and at 10^6
     * draws a sector probability is already within ±0.001 (95 %).
     */
    public static final long DRAWS_MAX = 1_000_000;
    /** A robust key variable is INFLUENT or RELAY in at least 80 % of the draws. */
    public static final double KEY_THRESHOLD_DEFAULT = 0.8;

    private static final Robustness DEFAULTS = new Robustness(Draws.withDefaults().withCount(DRAWS_DEFAULT),
            KEY_THRESHOLD_DEFAULT, true, false, 0, 0, Double.NaN, Double.NaN, EnumSet.noneOf(SplitRule.class));

    private final Draws draws;
    private final double keyThreshold;
    private final boolean bootstrap;
    private final boolean cellDraws;
    private final double perturbP;
    private final double perturbQ;
    private final double pLow;
    private final double pHigh;
    private final Set<SplitRule> splitRules;

    private Robustness(Draws draws, double keyThreshold, boolean bootstrap, boolean cellDraws,
            double perturbP, double perturbQ, double pLow, double pHigh, Set<SplitRule> splitRules) {
        this.draws = draws;
        this.keyThreshold = keyThreshold;
        this.bootstrap = bootstrap;
        this.cellDraws = cellDraws;
        this.perturbP = perturbP;
        this.perturbQ = perturbQ;
        this.pLow = pLow;
        this.pHigh = pHigh;
        this.splitRules = splitRules;
    }

    /** @return {@link #DRAWS_DEFAULT} draws, seed 1, all processors; expert bootstrap only */
    public static Robustness withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param d the draws: count (1..{@link #DRAWS_MAX}), seed, threads, progress listener (told the
     *     number of draws analysed so far)
     * @return a copy
     * @throws org.micmac4j.InvalidInputException when the count exceeds {@link #DRAWS_MAX}
     */
    public Robustness withDraws(Draws d) {
        Messages.requireDraws(d.count(), DRAWS_MAX);
        return new Robustness(d, keyThreshold, bootstrap, cellDraws, perturbP, perturbQ, pLow, pHigh, splitRules);
    }

    /**
     * @param threshold the probability of INFLUENT or RELAY that makes a robust key variable, in (0, 1]
     * @return a copy
     */
    public Robustness withKeyThreshold(double threshold) {
        Messages.require(threshold > 0 && threshold <= 1, "the key threshold must be in (0, 1], got %s", threshold);
        return new Robustness(draws, threshold, bootstrap, cellDraws, perturbP, perturbQ, pLow, pHigh,
                splitRules);
    }

    /**
     * @param on whether panel draws resample the experts with replacement
     * @return a copy
     */
    public Robustness withExpertBootstrap(boolean on) {
        return new Robustness(draws, keyThreshold, on, cellDraws, perturbP, perturbQ, pLow, pHigh,
                splitRules);
    }

    /**
     * @param on whether each cell of a panel draw is one of its opinions rather than the aggregate
     * @return a copy
     */
    public Robustness withCellDraws(boolean on) {
        return new Robustness(draws, keyThreshold, bootstrap, on, perturbP, perturbQ, pLow, pHigh,
                splitRules);
    }

    /**
     * @param p probability that a non-zero cell moves by ±1, in [0, 1]
     * @param q probability that a zero cell becomes 1, in [0, 1]
     * @return a copy
     */
    public Robustness withPerturbation(double p, double q) {
        Messages.require(p >= 0 && p <= 1 && q >= 0 && q <= 1,
                "perturbation probabilities must be in [0, 1], got %s, %s", p, q);
        return new Robustness(draws, keyThreshold, bootstrap, cellDraws, p, q, pLow, pHigh, splitRules);
    }

    /**
     * @param low smallest P weight of the potential views, ≥ 0
     * @param high largest, ≥ low
     * @return a copy drawing the weight uniformly in [low, high] per draw
     */
    public Robustness withPotentialWeightRange(double low, double high) {
        Messages.require(Double.isFinite(low) && Double.isFinite(high) && low >= 0 && high >= low,
                "the P weight range must satisfy 0 <= low <= high, got %s, %s", low, high);
        return new Robustness(draws, keyThreshold, bootstrap, cellDraws, perturbP, perturbQ, low, high,
                splitRules);
    }

    /**
     * @param rules split rules drawn uniformly per draw (empty: the analysis's own rule); FIXED
     *     is not allowed (it has no thresholds of its own)
     * @return a copy
     */
    public Robustness withSplitRules(Set<SplitRule> rules) {
        Messages.require(!rules.contains(SplitRule.FIXED), "FIXED cannot be drawn: it needs thresholds");
        Set<SplitRule> copy = rules.isEmpty() ? EnumSet.noneOf(SplitRule.class) : EnumSet.copyOf(rules);
        return new Robustness(draws, keyThreshold, bootstrap, cellDraws, perturbP, perturbQ, pLow, pHigh,
                copy);
    }

    /** @return the draws: count, seed, threads, progress listener */
    public Draws draws() {
        return draws;
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
        return run(plan(panel, synthesis));
    }

    /**
     * Robustness of a single matrix: needs a perturbation, a P weight range or split rules.
     *
     * @param matrix the matrix, not modified
     * @param micmac the analysis configuration
     * @return the result
     */
    public RobustnessResult run(InfluenceMatrix matrix, Micmac micmac) {
        return run(plan(matrix, micmac));
    }

    /**
     * The draws {@code first..last} (both included) of {@link #run(Panel, PanelSynthesis)} alone, on
     * {@code draws().threads()}: what a task of a distributed run computes. Parts of any cut of
     * 0..count−1 give the run's result through {@link #result(Panel, PanelSynthesis, List)}.
     *
     * @param panel the panel, not modified
     * @param synthesis the aggregation rule and the MICMAC configuration
     * @param first the first draw, ≥ 0
     * @param last the last draw, first ≤ last &lt; {@code draws().count()}
     * @return the range's tallies
     * @throws org.micmac4j.InvalidInputException when the range is not within the draws
     */
    public RobustnessPart part(Panel panel, PanelSynthesis synthesis, long first, long last) {
        return part(plan(panel, synthesis), first, last);
    }

    /**
     * The draws {@code first..last} of {@link #run(InfluenceMatrix, Micmac)} alone (see
     * {@link #part(Panel, PanelSynthesis, long, long)}).
     *
     * @param matrix the matrix, not modified
     * @param micmac the analysis configuration
     * @param first the first draw, ≥ 0
     * @param last the last draw, first ≤ last &lt; {@code draws().count()}
     * @return the range's tallies
     * @throws org.micmac4j.InvalidInputException when the range is not within the draws
     */
    public RobustnessPart part(InfluenceMatrix matrix, Micmac micmac, long first, long last) {
        return part(plan(matrix, micmac), first, last);
    }

    /**
     * The result of {@link #run(Panel, PanelSynthesis)} from parts computed apart: equal to the run's,
     * bit for bit, whatever the cut.
     *
     * @param panel the panel the parts were computed from
     * @param synthesis the synthesis they were computed with
     * @param parts parts whose ranges cover 0..count−1 without gap or overlap, in any order
     * @return the result
     * @throws org.micmac4j.InvalidInputException naming the draws when the ranges leave a gap,
     *         overlap, or do not cover the draws, or when a part is of another analysis
     */
    public RobustnessResult result(Panel panel, PanelSynthesis synthesis, List<RobustnessPart> parts) {
        return result(plan(panel, synthesis), parts);
    }

    /**
     * The result of {@link #run(InfluenceMatrix, Micmac)} from parts computed apart (see
     * {@link #result(Panel, PanelSynthesis, List)}).
     *
     * @param matrix the matrix the parts were computed from
     * @param micmac the configuration they were computed with
     * @param parts parts whose ranges cover 0..count−1 without gap or overlap, in any order
     * @return the result
     * @throws org.micmac4j.InvalidInputException as {@link #result(Panel, PanelSynthesis, List)}
     */
    public RobustnessResult result(InfluenceMatrix matrix, Micmac micmac, List<RobustnessPart> parts) {
        return result(plan(matrix, micmac), parts);
    }

    private RobustnessPart part(Plan plan, long first, long last) {
        Messages.require(first >= 0 && first <= last && last < draws.count(), "draws %d:%d are not within the %d "
                + "draws 0:%d", first, last, draws.count(), draws.count() - 1);
        record Worker(DrawSource source, Tally tally) {
        }
        List<Worker> workers = DrawRunner.range(first, last + 1, draws.seed(), draws.threads(), draws.progress(),
                () -> new Worker(plan.source().copy(), new Tally(plan.n(), plan.views())),
                (w, d, rng) -> w.tally().add(analyze(plan, w.source(), rng)));
        Tally total = new Tally(plan.n(), plan.views());
        for (Worker w : workers) {
            total.merge(w.tally());
        }
        return new RobustnessPart(first, last, total);
    }

    private RobustnessResult result(Plan plan, List<RobustnessPart> parts) {
        Messages.require(parts != null && !parts.isEmpty(), "no part of the draws given");
        List<RobustnessPart> sorted = new ArrayList<>(parts);
        sorted.sort(java.util.Comparator.comparingLong(RobustnessPart::first));
        Tally total = new Tally(plan.n(), plan.views());
        long next = 0;
        for (RobustnessPart p : sorted) {
            Messages.require(p.first() <= next, "draws %d:%d are in no part", next, p.first() - 1);
            Messages.require(p.first() == next, "draws %d:%d are in two parts", p.first(),
                    Math.min(p.last(), next - 1));
            Messages.require(p.tally().n == plan.n() && java.util.Arrays.equals(p.tally().views, plan.views()),
                    "%s is of another analysis (%d variables, views %s; expected %d, %s)", p, p.tally().n,
                    java.util.Arrays.toString(p.tally().views), plan.n(), java.util.Arrays.toString(plan.views()));
            total.merge(p.tally());
            next = p.last() + 1;
        }
        Messages.require(next == draws.count(), "draws %d:%d are in no part (the run has %d draws)", next,
                draws.count() - 1, draws.count());
        return new RobustnessResult(this, plan.variables(), total, (int) draws.count(),
                plan.views().length == View.values().length);
    }

    /** What every draw of a run shares: the variables, the draw source, the analysis, the views. */
    record Plan(List<org.micmac4j.Variable> variables, DrawSource source, Micmac micmac, View[] views,
            SplitRule[] rules) {
        int n() {
            return variables.size();
        }
    }

    Plan plan(Panel panel, PanelSynthesis synthesis) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(synthesis, "synthesis");
        Messages.require(bootstrap || cellDraws || hasOwnSource(),
                "no source of uncertainty: turn on expert bootstrap, cell draws, perturbation, a P weight range or "
                + "split rules");
        DrawSource source = new PanelDraws(panel, synthesis, bootstrap, cellDraws);
        boolean anyP = false;
        for (int e = 0; e < panel.expertCount() && !anyP; e++) {
            for (boolean p : panel.rawPotential(e)) {
                anyP |= p;
            }
        }
        return plan(panel.variables(), perturbed(source, panel.scale().max(), panel.scale().max()),
                synthesis.micmac(), anyP);
    }

    Plan plan(InfluenceMatrix matrix, Micmac micmac) {
        Messages.require(hasOwnSource(),
                "no source of uncertainty for a single matrix: give a perturbation (p, q), a P weight range or split "
                + "rules");
        double top = 0;
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = 0; j < matrix.size(); j++) {
                top = Math.max(top, matrix.value(i, j));
            }
        }
        return plan(matrix.variables(), perturbed(new FixedMatrix(matrix), matrix.scale().max(), Math.max(top, 1)),
                micmac, matrix.potentialCount() > 0);
    }

    private Plan plan(List<org.micmac4j.Variable> variables, DrawSource source, Micmac micmac, boolean anyP) {
        boolean potentialViews = anyP || !Double.isNaN(pLow);
        View[] views = potentialViews ? View.values() : new View[] {View.DIRECT, View.INDIRECT};
        return new Plan(variables, source, micmac, views, splitRules.toArray(new SplitRule[0]));
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

    /** Every draw, in parallel on per-thread copies of the source, tallied per thread and summed. */
    private RobustnessResult run(Plan plan) {
        return result(plan, List.of(part(plan, 0, draws.count() - 1)));
    }

    /**
     * One draw: the matrix from the source, then the split rule and the P weight when they are
     * drawn, all from the draw's generator, in that order.
     *
     * @param plan the run's plan
     * @param source the plan's source or a thread's own copy of it
     * @param rng the draw's generator
     * @return the analysis of the drawn matrix
     */
    MicmacResult analyze(Plan plan, DrawSource source, UniformRandomProvider rng) {
        InfluenceMatrix drawn = source.draw(rng);
        Micmac config = plan.micmac();
        SplitRule[] rules = plan.rules();
        if (rules.length > 0) {
            config = config.withSplit(rules[rng.nextInt(rules.length)]);
        }
        if (!Double.isNaN(pLow)) {
            double pw = pLow + (pHigh - pLow) * rng.nextDouble();
            config = config.withPotentialWeights(config.potentialWeightCurrent(), pw);
        }
        return config.analyze(drawn);
    }

    /** Per-worker counts: rank histograms and sector counts per view, stable draws. */
    static final class Tally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
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
