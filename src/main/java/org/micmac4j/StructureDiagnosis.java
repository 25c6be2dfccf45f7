package org.micmac4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.micmac4j.internal.PerronIteration;
import org.micmac4j.internal.VectorMath;
import org.micmac4j.internal.graph.Components;
import org.micmac4j.internal.graph.Cycles;
import org.micmac4j.internal.graph.Digraph;
import org.micmac4j.internal.graph.Structure;
import org.micmac4j.internal.kernel.Kernels;
import org.micmac4j.internal.linalg.DenseLinearAlgebra;
import org.micmac4j.internal.store.MatrixStore;

/**
 * The structure of a matrix's influence graph (edge i -> j where m_ij > 0), diagnosed before the
 * indirect iteration (docs/METHOD.md §4): its {@link StructureKind}, its period, its strongly connected
 * components in topological order, and, computed lazily on first request, the spectral radius
 * λ1, the convergence ratio |λ2/λ1| and the Perron limit ranking.
 *
 * <p>{@link #period()}: 1 for an aperiodic matrix, p &gt; 1 when the ranking can cycle with period p
 * (a periodic matrix, or a reducible one whose dominant components are periodic), 0 for an
 * acyclic matrix.
 *
 * <p>Immutable and thread-safe (lazy values are computed at most once per thread race and are
 * deterministic).
 */
public final class StructureDiagnosis {
    /**
     * Largest n for which {@link #convergenceRatio()} is computed (a dense O(n³) eigensolve): 300,
     * because at n = 1000 the eigensolve was about 75 % of the CPU of the whole {@code analyze}
     * report (several seconds on 2 cores); above, the ratio is NaN.
     */
    public static final int EIGEN_MAX_SIZE = 300;
    /** Tolerance of the Perron iteration: no entry of the max-scaled vectors moves by more. */
    public static final double PERRON_TOLERANCE = 1e-12;
    /** Iteration budget of the Perron iteration. */
    public static final int PERRON_MAX_ITERATIONS = 20_000;

    private final Structure structure;
    private final MatrixStore store;
    private final List<Variable> variables;
    private final double tieTolerance;
    private volatile double[] spectrum;
    private volatile Optional<Ranking> perron;

    StructureDiagnosis(Structure structure, MatrixStore store, List<Variable> variables, double tieTolerance) {
        this.structure = structure;
        this.store = store;
        this.variables = variables;
        this.tieTolerance = tieTolerance;
    }

    /** @return the kind of structure */
    public StructureKind kind() {
        return StructureKind.valueOf(structure.kind().name());
    }

    /** @return the period: 1 aperiodic, p &gt; 1 the ranking can cycle, 0 acyclic */
    public int period() {
        return structure.period();
    }

    /** @return whether the ranking can cycle (period above 1) */
    public boolean isCyclic() {
        return structure.period() > 1;
    }

    /**
     * The strongly connected components in topological order (a component comes before those it
     * influences: exogenous drivers first, pure outputs last).
     *
     * @return the components, each a list of variables in input order; unmodifiable
     */
    public List<List<Variable>> components() {
        Components c = structure.components();
        List<List<Variable>> out = new ArrayList<>(c.count());
        for (int k = 0; k < c.count(); k++) {
            List<Variable> vs = new ArrayList<>();
            for (int v : c.members(k)) {
                vs.add(variables.get(v));
            }
            out.add(List.copyOf(vs));
        }
        return List.copyOf(out);
    }

    /**
     * @return the periods of the components, parallel to {@link #components()} (0 for a component
     *     without a cycle)
     */
    public int[] componentPeriods() {
        int[] p = new int[structure.components().count()];
        for (int c = 0; c < p.length; c++) {
            p[c] = structure.componentPeriod(c);
        }
        return p;
    }

    /**
     * @return for an acyclic matrix the number of edges of its longest path L (M^k = 0 for k &gt; L);
     *     -1 otherwise
     */
    public int longestPath() {
        return structure.longestPath();
    }

    /**
     * The spectral radius λ1 of the matrix: the largest Perron root of its cyclic components
     * (Collatz–Wielandt bounds to a relative 1e-12); 0 for an acyclic matrix. Computed on first call.
     *
     * @return λ1
     */
    public double spectralRadius() {
        return spectrum()[0];
    }

    /**
     * The ratio |λ2| / λ1 of the two largest eigenvalue moduli, which is the geometric rate at
     * which a primitive matrix's indirect ranking converges (1 for a periodic matrix). Computed
     * on first call by a dense eigensolve, only for n &lt;= {@link #EIGEN_MAX_SIZE}.
     *
     * @return the ratio, or NaN when n is above the limit or the matrix is acyclic
     */
    public double convergenceRatio() {
        return spectrum()[1];
    }

    /**
     * The Perron limit ranking: influence by the right Perron vector and dependence by the left
     * one, each as shares (summing to 1, like {@code IndirectOperators.perronLimit()}), computed by power iteration on
     * M + I (same Perron vectors, aperiodic). It is the limit of the indirect ranking of a primitive matrix, and the
     * ranking offered for a periodic one. Computed on first call.
     *
     * @return the ranking; empty for an acyclic matrix, or when the iteration did not converge
     *     within {@link #PERRON_MAX_ITERATIONS} (possible for reducible matrices)
     */
    public Optional<Ranking> perronLimit() {
        Optional<Ranking> p = perron;
        if (p == null) {
            if (structure.kind() == Structure.Kind.ACYCLIC) {
                p = Optional.empty();
            } else {
                p = PerronIteration.compute(Kernels.ranking(store), PERRON_TOLERANCE, PERRON_MAX_ITERATIONS)
                        .map(v -> Ranking.of(variables, VectorMath.shares(v.right), VectorMath.shares(v.left),
                                tieTolerance));
            }
            perron = p;
        }
        return p;
    }

    private double[] spectrum() {
        double[] s = spectrum;
        if (s == null) {
            s = computeSpectrum();
            spectrum = s;
        }
        return s;
    }

    private double[] computeSpectrum() {
        if (structure.kind() == Structure.Kind.ACYCLIC) {
            return new double[] {0, Double.NaN};
        }
        Digraph g = Digraph.of(store);
        Components c = structure.components();
        double radius = 0;
        for (int k = 0; k < c.count(); k++) {
            if (c.isCyclic(k)) {
                radius = Math.max(radius, Cycles.perronRoot(g, c.members(k), c, 1e-12, 1_000_000));
            }
        }
        int n = store.size();
        if (n > EIGEN_MAX_SIZE || n < 2) {
            return new double[] {radius, Double.NaN};
        }
        double[][] a = new double[n][n];
        store.forEachNonZero((i, j, v) -> a[i][j] = v);
        DenseLinearAlgebra.Spectrum spectrum;
        try {
            spectrum = DenseLinearAlgebra.eigenvalues(a);
        } catch (ArithmeticException e) {
            return new double[] {radius, Double.NaN};
        }
        double[] moduli = new double[n];
        for (int i = 0; i < n; i++) {
            moduli[i] = Math.hypot(spectrum.re()[i], spectrum.im()[i]);
        }
        Arrays.sort(moduli);
        double ratio = radius > 0 ? Math.min(1, moduli[n - 2] / radius) : Double.NaN;
        return new double[] {radius, ratio};
    }

    @Override
    public String toString() {
        return kind() + (period() > 1 ? " (period " + period() + ")" : "") + ", " + structure.components().count()
                + " components";
    }
}
