package org.micmac4j.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Union-find against a naive oracle: after random unions, two elements share a set exactly when a
 * breadth-first search over the union pairs links them; the representative is the smallest
 * element of the set, and the labels number the sets by their smallest element.
 */
class DisjointSetsTest {

    @Property(tries = 300)
    void setsAreTheConnectedComponentsOfTheUnions(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n) {
        Random r = new Random(seed);
        boolean[][] linked = new boolean[n][n];
        DisjointSets sets = new DisjointSets(n);
        int unions = r.nextInt(n + 1);
        for (int u = 0; u < unions; u++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            linked[a][b] = true;
            linked[b][a] = true;
            sets.union(a, b);
        }
        int[] smallest = new int[n]; // naive: smallest element reachable from x
        for (int x = 0; x < n; x++) {
            boolean[] seen = new boolean[n];
            int[] queue = new int[n];
            int head = 0;
            int tail = 0;
            queue[tail++] = x;
            seen[x] = true;
            int min = x;
            while (head < tail) {
                int v = queue[head++];
                min = Math.min(min, v);
                for (int w = 0; w < n; w++) {
                    if (linked[v][w] && !seen[w]) {
                        seen[w] = true;
                        queue[tail++] = w;
                    }
                }
            }
            smallest[x] = min;
        }
        int[] labels = sets.labels();
        int next = 0;
        for (int x = 0; x < n; x++) {
            assertEquals(smallest[x], sets.find(x), "representative of " + x);
            if (smallest[x] == x) {
                assertEquals(next++, labels[x], "sets numbered by their smallest element");
            }
            assertEquals(labels[smallest[x]], labels[x], "label of " + x);
        }
    }
}
