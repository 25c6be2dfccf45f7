package org.micmac4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.micmac4j.internal.Messages;
import org.micmac4j.internal.graph.Structure;
import org.micmac4j.internal.kernel.Kernels;
import org.micmac4j.internal.kernel.MatrixPowers;
import org.micmac4j.internal.kernel.RankingKernel;
import org.micmac4j.internal.store.MatrixStore;
import org.micmac4j.internal.VectorMath;

/**
 * The result of a {@link Micmac} analysis: the four {@link View}s, the iteration report and
 * structure diagnosis of each matrix (current and potential), displacements between views and the
 * matrix characteristics.
 *
 * <p>Computed lazily and at most once: indirect views, diagnoses, exact sums and indirect matrices
 * on first request. Thread-safe. When the matrix has no P cell (or both P weights are equal) the
 * potential views are computed from the same iteration as the current ones.
 */
public final class MicmacResult {
    private final InfluenceMatrix matrix;
    private final Micmac config;
    private final Side current;
    private final Side potential;

    MicmacResult(InfluenceMatrix matrix, Micmac config) {
        this.matrix = matrix;
        this.config = config;
        this.current = new Side(View.DIRECT, matrix.store(config.potentialWeightCurrent()));
        boolean same = matrix.potentialCount() == 0
                || config.potentialWeightCurrent() == config.potentialWeightPotential();
        this.potential = same ? current
                : new Side(View.POTENTIAL_DIRECT, matrix.store(config.potentialWeightPotential()));
    }

    /** One matrix (current or potential) and what is computed from it. */
    private final class Side {
        final View directView;
        final MatrixStore store;
        private StructureDiagnosis diagnosis;
        private Structure structure;
        private IndirectIteration.Outcome outcome;
        private ViewResult direct;
        private RankingKernel kernel;
        private ExactSums exact;

        Side(View directView, MatrixStore store) {
            this.directView = directView;
            this.store = store;
        }

        synchronized RankingKernel kernel() {
            if (kernel == null) {
                kernel = Kernels.ranking(store);
            }
            return kernel;
        }

        double total() {
            return direct().total();
        }

        /** Row and column sums by one step of the kernel from the all-ones vectors: M·1 and 1ᵀ·M. */
        synchronized ViewResult direct() {
            if (direct == null) {
                int n = store.size();
                double[] ones = new double[n];
                java.util.Arrays.fill(ones, 1);
                double[] row = new double[n];
                double[] col = new double[n];
                kernel().step(ones, ones, row, col);
                double total = VectorMath.sum(row);
                int[] ri = org.micmac4j.internal.Ranks.competition(row, config.tieTolerance());
                int[] ci = org.micmac4j.internal.Ranks.competition(col, config.tieTolerance());
                direct = new ViewResult(directView, 1, matrix.variables(), row, col, 0, 0, ri, ci, total, config);
            }
            return direct;
        }

        synchronized Structure structure() {
            if (structure == null) {
                structure = Structure.of(store);
            }
            return structure;
        }

        synchronized StructureDiagnosis diagnosis() {
            if (diagnosis == null) {
                diagnosis = new StructureDiagnosis(structure(), store, matrix.variables(), config.tieTolerance());
            }
            return diagnosis;
        }

        synchronized IndirectIteration.Outcome outcome() {
            if (outcome == null) {
                Stepper s = config.arithmetic() == Arithmetic.EXACT ? new ExactStepper(store)
                        : new VectorStepper(kernel(), config.tieTolerance());
                outcome = IndirectIteration.run(s, this::structure, config);
            }
            return outcome;
        }

        ViewResult indirect(View view) {
            IndirectIteration.Outcome o = outcome();
            return new ViewResult(view, o.report.order(), matrix.variables(), o.influence, o.dependence,
                    o.logInfluenceScale, o.logDependenceScale, o.influenceRanks, o.dependenceRanks, total(), config);
        }

        synchronized ExactSums exact(View view) {
            if (exact == null) {
                int k = outcome().report.order();
                ExactStepper s = new ExactStepper(store);
                for (int i = 0; i < k; i++) {
                    s.next();
                }
                exact = new ExactSums(view, k, Arrays.asList(s.exactInfluence()), Arrays.asList(s.exactDependence()));
            }
            return new ExactSums(view, exact.order(), exact.influence(), exact.dependence());
        }
    }

    private final Map<View, ViewResult> views = new java.util.EnumMap<>(View.class);

    private Side side(View view) {
        return view.isPotential() ? potential : current;
    }

    /** @return the analysed matrix */
    public InfluenceMatrix matrix() {
        return matrix;
    }

    /** @return the configuration used */
    public Micmac config() {
        return config;
    }

    /** @return the variables, in matrix order */
    public List<Variable> variables() {
        return matrix.variables();
    }

    /**
     * @param view a view
     * @return its classification
     */
    public synchronized ViewResult view(View view) {
        ViewResult v = views.get(view);
        if (v == null) {
            Side s = side(view);
            if (!view.isIndirect()) {
                v = s.direct();
                if (v.view() != view) { // potential view sharing the current matrix
                    v = new ViewResult(view, 1, matrix.variables(), v.influences(), v.dependences(), 0, 0,
                            v.ranking().influenceRanks(), v.ranking().dependenceRanks(), v.total(), config);
                }
            } else {
                v = s.indirect(view);
            }
            views.put(view, v);
        }
        return v;
    }

    /**
     * The iteration report of an indirect view: order, stability, stop reason, per-order report.
     *
     * @param view {@link View#INDIRECT} or {@link View#POTENTIAL_INDIRECT}
     * @return the report
     */
    public IterationReport iteration(View view) {
        if (!view.isIndirect()) {
            throw new IllegalArgumentException(view + " is a direct view: it has no iteration");
        }
        return side(view).outcome().report;
    }

    /** @return the order k of the (current) indirect view */
    public int order() {
        return iteration(View.INDIRECT).order();
    }

    /** @return whether the (current) indirect ranking was stable at its order */
    public boolean isStable() {
        return iteration(View.INDIRECT).stable();
    }

    /**
     * The structure diagnosis of the matrix behind a view (the current matrix for DIRECT and
     * INDIRECT, the potential matrix for the potential views).
     *
     * @param view a view
     * @return the diagnosis
     */
    public StructureDiagnosis structure(View view) {
        return side(view).diagnosis();
    }

    /** @return the diagnosis of the current matrix */
    public StructureDiagnosis structure() {
        return structure(View.DIRECT);
    }

    /**
     * @param i variable index
     * @param from first view
     * @param to second view
     * @return the variable's move between them
     */
    public Displacement displacement(int i, View from, View to) {
        ViewResult a = view(from);
        ViewResult b = view(to);
        return new Displacement(matrix.variable(i), from, to, a.influenceRank(i), b.influenceRank(i),
                a.dependenceRank(i), b.dependenceRank(i), a.sector(i), b.sector(i));
    }

    /**
     * @param from first view
     * @param to second view
     * @return every variable's move, in matrix order, unmodifiable
     */
    public List<Displacement> displacements(View from, View to) {
        List<Displacement> out = new ArrayList<>(matrix.size());
        for (int i = 0; i < matrix.size(); i++) {
            out.add(displacement(i, from, to));
        }
        return List.copyOf(out);
    }

    /**
     * The exact integer row and column sums of an indirect view at its order.
     *
     * @param view an indirect view
     * @return the sums
     * @throws ArithmeticException when a weight (or the P weight) is not an integer
     */
    public ExactSums exactSums(View view) {
        if (!view.isIndirect()) {
            throw new IllegalArgumentException("exact sums are offered for indirect views, not " + view);
        }
        return side(view).exact(view);
    }

    /**
     * The indirect matrix of a view itself, MDI^k (or MPDI^k), by repeated squaring. Costs
     * O(n³ log k): rankings never need it.
     *
     * @param view an indirect view
     * @return a new n x n array
     * @throws ArithmeticException when an entry exceeds the double range
     */
    public double[][] indirectMatrix(View view) {
        if (!view.isIndirect()) {
            throw new IllegalArgumentException("the indirect matrix belongs to an indirect view, not " + view);
        }
        Side s = side(view);
        int n = matrix.size();
        double[] p = MatrixPowers.power(s.store.toRowMajor(), n, iteration(view).order());
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = Arrays.copyOfRange(p, i * n, (i + 1) * n);
        }
        return out;
    }

    /** @return the characteristics of the matrix (docs/METHOD.md §6.2) */
    public MatrixCharacteristics characteristics() {
        int n = matrix.size();
        TreeMap<Double, Long> counts = new TreeMap<>();
        long[] nonZero = {0};
        MatrixStore base = matrix.store(0);
        base.forEachNonZero((i, j, v) -> {
            counts.merge(v, 1L, Long::sum);
            nonZero[0]++;
        });
        long p = matrix.potentialCount();
        long zeros = (long) n * n - nonZero[0] - p;
        Map<String, Long> tokens = new LinkedHashMap<>();
        tokens.put("0", zeros);
        if (matrix.scale().integersOnly()) {
            for (int v = 1; v <= matrix.scale().max(); v++) {
                tokens.put(Integer.toString(v), 0L);
            }
        }
        counts.forEach((v, c) -> tokens.put(Messages.number(v), c));
        if (matrix.scale().allowsPotential()) {
            tokens.put("P", p);
        }
        long nz = nonZero[0] + p;
        double total = current.total();
        double pot = potential.total();
        IterationReport it = iteration(View.INDIRECT);
        return new MatrixCharacteristics(n, tokens, nz, (double) nz / ((double) n * n),
                n > 1 ? (double) nz / ((double) n * (n - 1)) : Double.NaN, total, pot, it.order(), it.stable());
    }
}
