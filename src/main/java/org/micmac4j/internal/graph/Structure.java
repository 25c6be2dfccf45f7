package org.micmac4j.internal.graph;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.internal.store.MatrixStore;

/**
 * The structure of a matrix's influence graph, computed in O(n + nnz) before any iteration (plus
 * Perron roots of cyclic components when several of them compete): kind, effective period,
 * components in topological order, longest path when acyclic.
 *
 * <p>The effective period is the period of the irreducible matrix, or for a reducible matrix the
 * least common multiple of the periods of its dominant cyclic components (those whose Perron root
 * is the spectral radius): they alone decide the asymptotic behaviour of M^k·1, so the ranking can
 * cycle only when it is above 1. It is 0 for an acyclic matrix.
 */
public final class Structure {
    /** Relative tolerance under which two components' Perron roots are equal. */
    public static final double ROOT_TOLERANCE = 1e-9;

    private final Kind kind;
    private final int period;
    private final Components components;
    private final int[] componentPeriods;
    private final int longestPath;

    private Structure(Kind kind, int period, Components components, int[] componentPeriods,
            int longestPath) {
        this.kind = kind;
        this.period = period;
        this.components = components;
        this.componentPeriods = componentPeriods;
        this.longestPath = longestPath;
    }

    /**
     * @param store the matrix
     * @return its structure
     */
    public static Structure of(MatrixStore store) {
        Digraph g = Digraph.of(store);
        Components comps = Components.of(g);
        int count = comps.count();
        int[] periods = new int[count];
        List<Integer> cyclic = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            if (comps.isCyclic(c)) {
                periods[c] = Cycles.period(g, comps.members(c), comps);
                cyclic.add(c);
            }
        }
        if (cyclic.isEmpty()) {
            return new Structure(Kind.ACYCLIC, 0, comps, periods, Cycles.longestPath(g, comps));
        }
        if (count == 1) {
            Kind kind = periods[0] == 1 ? Kind.PRIMITIVE : Kind.PERIODIC;
            return new Structure(kind, periods[0], comps, periods, -1);
        }
        return new Structure(Kind.REDUCIBLE, dominantPeriod(g, comps, periods, cyclic), comps, periods, -1);
    }

    private static int dominantPeriod(Digraph g, Components comps, int[] periods, List<Integer> cyclic) {
        boolean anyPeriodic = cyclic.stream().anyMatch(c -> periods[c] > 1);
        if (!anyPeriodic) {
            return 1;
        }
        if (cyclic.size() == 1) {
            return periods[cyclic.get(0)];
        }
        double[] roots = new double[cyclic.size()];
        double max = 0;
        for (int k = 0; k < roots.length; k++) {
            roots[k] = Cycles.perronRoot(g, comps.members(cyclic.get(k)), comps, 1e-12, 100_000);
            max = Math.max(max, roots[k]);
        }
        int p = 1;
        for (int k = 0; k < roots.length; k++) {
            if (max - roots[k] <= ROOT_TOLERANCE * max) {
                p = Cycles.lcm(p, periods[cyclic.get(k)]);
            }
        }
        return p;
    }

    /** The kinds of structure; the public {@code org.micmac4j.StructureKind} mirrors them by name. */
    public enum Kind {
        /** Strongly connected and aperiodic. */
        PRIMITIVE,
        /** Strongly connected with period above 1. */
        PERIODIC,
        /** Several strongly connected components with at least one cycle. */
        REDUCIBLE,
        /** No cycle. */
        ACYCLIC
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return the effective period (1 aperiodic, 0 acyclic) */
    public int period() {
        return period;
    }

    /** @return the strongly connected components, sources first */
    public Components components() {
        return components;
    }

    /**
     * @param c component index
     * @return its period (0 when it holds no cycle)
     */
    public int componentPeriod(int c) {
        return componentPeriods[c];
    }

    /** @return the longest path of an acyclic matrix, -1 otherwise */
    public int longestPath() {
        return longestPath;
    }
}
