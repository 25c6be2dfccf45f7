package org.micmac4j.internal.graph;

import java.util.Arrays;

/** Periods of strongly connected components, longest paths of acyclic graphs, Perron roots of components. */
public final class Cycles {
    private Cycles() {
    }

    /**
     * The period of a strongly connected component: the gcd of the lengths of its cycles,
     * computed as the gcd of {@code level(u) + 1 - level(v)} over its edges u -> v, with levels
     * from a breadth-first search.
     *
     * @param g the graph
     * @param members the component's vertices (a cyclic component)
     * @param components the components of {@code g}
     * @return the period, at least 1
     */
    public static int period(Digraph g, int[] members, Components components) {
        int c = components.componentOf(members[0]);
        int[] level = new int[g.n];
        Arrays.fill(level, -1);
        int[] queue = new int[members.length];
        int head = 0;
        int tail = 0;
        queue[tail++] = members[0];
        level[members[0]] = 0;
        int gcd = 0;
        while (head < tail) {
            int u = queue[head++];
            for (int e = g.start[u]; e < g.start[u + 1]; e++) {
                int v = g.target[e];
                if (components.componentOf(v) != c) {
                    continue;
                }
                if (level[v] < 0) {
                    level[v] = level[u] + 1;
                    queue[tail++] = v;
                } else {
                    gcd = gcd(gcd, Math.abs(level[u] + 1 - level[v]));
                    if (gcd == 1) {
                        return 1; // aperiodic: no later edge can change it
                    }
                }
            }
        }
        return Math.max(gcd, 1);
    }

    /**
     * The number of edges on the longest path of an acyclic graph: M^k = 0 exactly for k above it.
     *
     * @param g an acyclic graph
     * @param components its components (all single vertices), in topological order
     * @return the longest path length (0 when there is no edge)
     */
    public static int longestPath(Digraph g, Components components) {
        int[] longest = new int[g.n];
        int best = 0;
        for (int c = components.count() - 1; c >= 0; c--) {
            int u = components.members(c)[0];
            int l = 0;
            for (int e = g.start[u]; e < g.start[u + 1]; e++) {
                l = Math.max(l, longest[g.target[e]] + 1);
            }
            longest[u] = l;
            best = Math.max(best, l);
        }
        return best;
    }

    /**
     * The Perron root (spectral radius) of the sub-matrix of an irreducible component, by power
     * iteration on A + I with Collatz–Wielandt bounds: for a positive x,
     * {@code min_i (Bx)_i / x_i <= ρ(B) <= max_i (Bx)_i / x_i}; it stops when the bounds agree to
     * the relative tolerance.
     *
     * @param g the graph
     * @param members the component's vertices
     * @param components the components
     * @param tolerance relative tolerance on the root
     * @param maxIterations iteration budget
     * @return ρ(A) for the component (the midpoint of the final bounds)
     */
    public static double perronRoot(Digraph g, int[] members, Components components, double tolerance,
            int maxIterations) {
        int c = components.componentOf(members[0]);
        double[] x = new double[g.n];
        double[] y = new double[g.n];
        for (int v : members) {
            x[v] = 1;
        }
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        for (int it = 0; it < maxIterations; it++) {
            lo = Double.POSITIVE_INFINITY;
            hi = 0;
            double max = 0;
            for (int u : members) {
                double s = x[u];
                for (int e = g.start[u]; e < g.start[u + 1]; e++) {
                    int v = g.target[e];
                    if (components.componentOf(v) == c) {
                        s += g.weight(u, e) * x[v];
                    }
                }
                y[u] = s;
                double ratio = s / x[u];
                lo = Math.min(lo, ratio);
                hi = Math.max(hi, ratio);
                max = Math.max(max, s);
            }
            for (int u : members) {
                x[u] = y[u] / max;
            }
            if (hi - lo <= tolerance * hi) {
                break;
            }
        }
        return (lo + hi) / 2 - 1;
    }

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * @param a a positive integer
     * @param b a positive integer
     * @return their least common multiple
     */
    public static int lcm(int a, int b) {
        return Math.multiplyExact(a / gcd(a, b), b);
    }
}
