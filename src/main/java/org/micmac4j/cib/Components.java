package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.internal.graph.DisjointSets;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Independent descriptor groups. Adding the same number to every cell of one row of a block
 * (i → j) changes no score difference of j, so a block whose rows are each constant cannot change
 * the consistency of j. Two descriptors are coupled when a block between them, in either direction,
 * has a row that is not constant; the groups are the connected components. The inconsistency of a
 * scenario is the largest over the groups, each group's depending on its own variants only, so the
 * solutions with IC ≤ K are exactly the products of the groups' solutions with IC ≤ K.
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
                if (i != j && (!constantRows(m, i, j) || feasibility != null && feasibility.couples(i, j))) {
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

    private static boolean constantRows(CibMatrix m, int i, int j) {
        ScenarioSpace s = m.space();
        for (int v = 0; v < s.variantCount(i); v++) {
            int r = s.offset(i) + v;
            int first = m.cell(r, s.offset(j));
            for (int b = 1; b < s.variantCount(j); b++) {
                if (m.cell(r, s.offset(j) + b) != first) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return the matrix restricted to the given descriptors (rows and columns), in that order */
    static CibMatrix restrict(CibMatrix m, int[] descriptors) {
        return m.restrictedTo(descriptors);
    }
}
