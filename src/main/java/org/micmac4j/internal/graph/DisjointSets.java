package org.micmac4j.internal.graph;

/**
 * Disjoint sets of 0..n-1 (union-find with path halving). A set's representative is its smallest
 * element, whatever the order of the unions. Internal, not API.
 */
public final class DisjointSets {
    private final int[] parent;

    /** @param n the number of elements, each alone in its set */
    public DisjointSets(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    /**
     * @param x an element
     * @return the smallest element of x's set
     */
    public int find(int x) {
        int i = x;
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Merges the sets of a and b. */
    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /**
     * @return label[x]: the number of x's set, sets numbered 0, 1, … in the order of their smallest
     *         element
     */
    public int[] labels() {
        int n = parent.length;
        int[] id = new int[n];
        int next = 0;
        int[] label = new int[n];
        for (int x = 0; x < n; x++) {
            int r = find(x);
            if (r == x) {
                id[x] = next++;
            }
            label[x] = id[r];
        }
        return label;
    }
}
