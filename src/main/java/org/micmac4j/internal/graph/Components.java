package org.micmac4j.internal.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strongly connected components (Tarjan's algorithm, iterative so that long paths cannot overflow
 * the stack), in topological order of the condensation: a component comes before every
 * component it reaches (sources first). O(n + edges).
 */
public final class Components {
    private final int[] componentOf;
    private final List<int[]> members;
    private final boolean[] cyclic;

    private Components(int[] componentOf, List<int[]> members, boolean[] cyclic) {
        this.componentOf = componentOf;
        this.members = members;
        this.cyclic = cyclic;
    }

    /**
     * @param g the graph
     * @return its components
     */
    public static Components of(Digraph g) {
        int n = g.n;
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] callVertex = new int[n];
        int[] callEdge = new int[n];
        int[] comp = new int[n];
        List<int[]> found = new ArrayList<>();
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callVertex[0] = root;
            callEdge[0] = g.start[root];
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callVertex[depth];
                if (callEdge[depth] < g.start[v + 1]) {
                    int w = g.target[callEdge[depth]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callVertex[depth] = w;
                        callEdge[depth] = g.start[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int size = 0;
                    for (int p = sp - 1; stack[p] != v; p--) {
                        size++;
                    }
                    int[] c = new int[size + 1];
                    for (int p = 0; p <= size; p++) {
                        int w = stack[--sp];
                        onStack[w] = false;
                        c[p] = w;
                    }
                    Arrays.sort(c);
                    found.add(c);
                }
                depth--;
                if (depth >= 0) {
                    int parent = callVertex[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        // Tarjan emits components in reverse topological order.
        List<int[]> members = new ArrayList<>(found.size());
        for (int c = found.size() - 1; c >= 0; c--) {
            members.add(found.get(c));
        }
        boolean[] cyclic = new boolean[members.size()];
        for (int c = 0; c < members.size(); c++) {
            for (int v : members.get(c)) {
                comp[v] = c;
            }
        }
        for (int c = 0; c < members.size(); c++) {
            int[] m = members.get(c);
            cyclic[c] = m.length > 1 || hasSelfLoop(g, m[0]);
        }
        return new Components(comp, members, cyclic);
    }

    private static boolean hasSelfLoop(Digraph g, int v) {
        for (int e = g.start[v]; e < g.start[v + 1]; e++) {
            if (g.target[e] == v) {
                return true;
            }
        }
        return false;
    }

    /** @return the number of components */
    public int count() {
        return members.size();
    }

    /**
     * @param c component index, in topological order
     * @return its vertices, ascending; a copy
     */
    public int[] members(int c) {
        return members.get(c).clone();
    }

    /**
     * @param v a vertex
     * @return the index of its component
     */
    public int componentOf(int v) {
        return componentOf[v];
    }

    /**
     * @param c component index
     * @return whether it holds a cycle (more than one vertex, or a self-loop)
     */
    public boolean isCyclic(int c) {
        return cyclic[c];
    }

    /** @return whether no component holds a cycle (the graph is acyclic, the matrix nilpotent) */
    public boolean isAcyclic() {
        for (boolean b : cyclic) {
            if (b) {
                return false;
            }
        }
        return true;
    }
}
