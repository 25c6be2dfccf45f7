package org.micmac4j.ism;

import org.micmac4j.internal.graph.BitMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The ISM digraph with transitive edges removed, computed on a transitively closed matrix.
 *
 * <p>Representation: the variables fall into strongly connected sets (i and j in one set when
 * each reaches the other). Inside a set of k &gt; 1 members, the members are linked by a cycle in
 * input order (m1 → m2 → … → mk → m1; for two members, the two opposite edges). Between two sets,
 * an edge goes from the first member (input order) of one set to the first member of the other
 * when the first reaches the second and no third set lies on a path between them (the transitive
 * reduction of the condensation, which is unique). The closure of these edges is the input matrix.
 */
final class ReducedDigraph {
    private ReducedDigraph() {
    }

    /**
     * @param closed a transitively closed matrix with a unit diagonal (not modified)
     * @param ids the variable ids
     * @return the edges, ordered by source then target (input order); within-cycle edges come
     *     with their source
     */
    static List<IsmEdge> edges(BitMatrix closed, List<String> ids) {
        int n = closed.size();
        int[] representative = new int[n];
        for (int i = 0; i < n; i++) {
            representative[i] = i;
            for (int j = 0; j < i; j++) {
                if (closed.get(i, j) && closed.get(j, i)) {
                    representative[i] = representative[j];
                    break;
                }
            }
        }
        List<IsmEdge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int next = nextInCycle(representative, i);
            if (next != i) {
                edges.add(new IsmEdge(ids.get(i), ids.get(next), true));
            }
            if (representative[i] != i) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (representative[j] == j && j != i && closed.get(i, j) && !closed.get(j, i)
                        && !throughThird(closed, representative, i, j)) {
                    edges.add(new IsmEdge(ids.get(i), ids.get(j), false));
                }
            }
        }
        return List.copyOf(edges);
    }

    /** The next member of i's set in input order, wrapping to the first; i itself when alone. */
    private static int nextInCycle(int[] representative, int i) {
        int n = representative.length;
        for (int j = i + 1; j < n; j++) {
            if (representative[j] == representative[i]) {
                return j;
            }
        }
        return representative[i];
    }

    private static boolean throughThird(BitMatrix closed, int[] representative, int a, int b) {
        for (int k = 0; k < representative.length; k++) {
            if (representative[k] == k && k != a && k != b && closed.get(a, k) && closed.get(k, b)) {
                return true;
            }
        }
        return false;
    }
}
