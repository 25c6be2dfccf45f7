package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.internal.graph.DisjointSets;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Independent descriptor groups. Descriptor i has no say over descriptor j when every row of the
 * block i → j is the first row plus a constant: C[(i, v), (j, b)] = C[(i, 0), (j, b)] + c(v).
 * Then i's variant adds the same number to every score of j, which changes no score difference of
 * j, so neither j's consistency nor its succession move depends on i (constant rows and equal
 * rows are the two common cases). Two descriptors are coupled when either has a say over the
 * other; the groups are the connected components. The inconsistency of a scenario is the largest
 * over the groups and each descriptor's move depends on its group only, so the solutions with
 * IC ≤ K are exactly the products of the groups' solutions, and the succession is the product of
 * the groups' successions.
 */
final class Components {
    private Components() {
    }

    /** @return the groups, each a sorted array of descriptor indices, in order of their first descriptor */
    static List<int[]> of(CibMatrix m) {
        return of(m, null);
    }

    /**
     * @param feasibility constraints over the matrix's space, or null: a pair rule between two
     *     descriptors couples them too
     * @return the groups, each a sorted array of descriptor indices, in order of their first descriptor
     */
    static List<int[]> of(CibMatrix m, Feasibility feasibility) {
        ScenarioSpace s = m.space();
        int nd = s.descriptorCount();
        DisjointSets sets = new DisjointSets(nd);
        for (int i = 0; i < nd; i++) {
            for (int j = 0; j < nd; j++) {
                if (i != j && (hasSay(m, i, j) || feasibility != null && feasibility.couples(i, j))) {
                    sets.union(i, j);
                }
            }
        }
        List<int[]> groups = new ArrayList<>();
        int[] groupOf = sets.labels();
        List<List<Integer>> members = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            if (groupOf[d] == members.size()) {
                members.add(new ArrayList<>());
            }
            members.get(groupOf[d]).add(d);
        }
        for (List<Integer> g : members) {
            groups.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return groups;
    }

    /** @return whether some row of block i → j is not the first row plus a constant */
    static boolean hasSay(CibMatrix m, int i, int j) {
        ScenarioSpace s = m.space();
        int r0 = s.offset(i);
        int c0 = s.offset(j);
        for (int v = 1; v < s.variantCount(i); v++) {
            int r = r0 + v;
            long shift = (long) m.cell(r, c0) - m.cell(r0, c0);
            for (int b = 1; b < s.variantCount(j); b++) {
                if ((long) m.cell(r, c0 + b) - m.cell(r0, c0 + b) != shift) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The matrix restricted to the given descriptors (rows and columns), in that order, with what
     * the other descriptors add to the group's scores folded in: the first row of each outside
     * descriptor's block on a group column is added to every row of the group's first descriptor
     * on that column. Every score of a group descriptor then differs from its score in the whole
     * matrix by a number that is the same for all its variants, so consistency, inconsistency,
     * consistency values and moves are those of the whole matrix.
     */
    static CibMatrix restrict(CibMatrix m, int[] descriptors) {
        CibMatrix sub = m.restrictedTo(descriptors);
        ScenarioSpace s = m.space();
        int n = sub.size();
        int[] cells = sub.cells().clone();
        boolean[] in = new boolean[s.descriptorCount()];
        for (int d : descriptors) {
            in[d] = true;
        }
        int firstRows = s.variantCount(descriptors[0]);
        int c = 0;
        for (int d : descriptors) {
            for (int v = 0; v < s.variantCount(d); v++, c++) {
                long outside = 0;
                for (int i = 0; i < s.descriptorCount(); i++) {
                    if (!in[i]) {
                        outside += m.cell(s.offset(i), s.offset(d) + v);
                    }
                }
                for (int r = 0; r < firstRows; r++) {
                    cells[r * n + c] = Math.toIntExact(cells[r * n + c] + outside);
                }
            }
        }
        return CibMatrix.ofFlat(sub.space(), cells);
    }
}
