package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * A matrix under an intervention, as a smaller problem every solver runs unchanged. The held
 * descriptors are taken out; their impacts, which every scenario under the intervention receives,
 * are folded into the own-descriptor block of each impacted free descriptor: the held rows' sum
 * over the columns of free descriptor j is added to every row of j's own block, and since every
 * scenario has exactly one variant of j, every score θ_j(b) of the smaller problem is the score of
 * the full matrix. The held descriptors' consistency is not tested (they are gone), and the
 * constraints are restricted to what the held variants leave ({@link Feasibility#restricted}).
 */
final class Intervention {
    /** per descriptor of the full space: its held variant, or −1 */
    final int[] fixed;
    /** the free descriptors, in order */
    final int[] free;
    /** the problem over the free descriptors; null when every descriptor is held */
    final CibMatrix reduced;
    /** the constraints over the free descriptors; null when none applies */
    final Feasibility feasibility;
    /** true when the held variants alone violate a constraint: no scenario at all */
    final boolean infeasible;

    private Intervention(int[] fixed, int[] free, CibMatrix reduced, Feasibility feasibility, boolean infeasible) {
        this.fixed = fixed;
        this.free = free;
        this.reduced = reduced;
        this.feasibility = feasibility;
        this.infeasible = infeasible;
    }

    /**
     * @param held descriptor id → variant id (insertion order kept for messages)
     * @param space the space
     * @return per descriptor its held variant, or −1
     * @throws org.micmac4j.InvalidInputException naming an unknown descriptor or variant
     */
    static int[] resolve(Map<String, String> held, ScenarioSpace space) {
        int[] fixed = new int[space.descriptorCount()];
        Arrays.fill(fixed, -1);
        for (Map.Entry<String, String> e : held.entrySet()) {
            int d;
            try {
                d = space.indexOf(e.getKey());
            } catch (org.micmac4j.InvalidInputException x) {
                throw Messages.invalid("intervention %s=%s: no descriptor %s (descriptors: %s)", e.getKey(),
                        e.getValue(), e.getKey(), String.join(", ", space.descriptors().stream().map(Descriptor::id)
                                .toList()));
            }
            try {
                fixed[d] = space.descriptor(d).indexOf(e.getValue());
            } catch (org.micmac4j.InvalidInputException x) {
                throw Messages.invalid("intervention %s=%s: %s", e.getKey(), e.getValue(), x.getMessage());
            }
        }
        return fixed;
    }

    /**
     * @param m the full matrix
     * @param fixed per descriptor its held variant, or −1
     * @param feasibility the constraints over the full space, or null
     * @return the smaller problem (the matrix itself when nothing is held)
     */
    static Intervention of(CibMatrix m, int[] fixed, Feasibility feasibility) {
        ScenarioSpace s = m.space();
        int nd = s.descriptorCount();
        List<Integer> freeList = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            if (fixed[d] < 0) {
                freeList.add(d);
            }
        }
        int[] free = freeList.stream().mapToInt(Integer::intValue).toArray();
        if (free.length == nd) {
            return new Intervention(fixed.clone(), free, m, feasibility, false);
        }
        boolean infeasible = feasibility != null && feasibility.violatedBy(fixed);
        if (free.length == 0) {
            return new Intervention(fixed.clone(), free, null, null, infeasible);
        }
        CibMatrix sub = m.restrictedTo(free);
        ScenarioSpace rs = sub.space();
        int n = m.size();
        int rn = sub.size();
        int[] full = m.cells();
        int[] bias = new int[n];
        for (int d = 0; d < nd; d++) {
            if (fixed[d] >= 0) {
                int row = (s.offset(d) + fixed[d]) * n;
                for (int c = 0; c < n; c++) {
                    bias[c] += full[row + c];
                }
            }
        }
        int[] cells = sub.cells().clone();
        for (int x = 0; x < free.length; x++) {
            int lo = rs.offset(x);
            int hi = lo + rs.variantCount(x);
            for (int r = lo; r < hi; r++) {
                for (int c = lo; c < hi; c++) {
                    cells[r * rn + c] += bias[s.offset(free[x]) + c - lo];
                }
            }
        }
        Feasibility rf = feasibility == null || infeasible ? null : feasibility.restricted(fixed, free, rs);
        return new Intervention(fixed.clone(), free, CibMatrix.ofFlat(rs, cells), rf, infeasible);
    }

    /** @return a scenario of the full space: the held variants and {@code z} at the free descriptors */
    int[] expand(int[] z) {
        int[] out = fixed.clone();
        for (int x = 0; x < free.length; x++) {
            out[free[x]] = z[x];
        }
        return out;
    }

    /** @return whether a descriptor is tested for consistency (not held), per descriptor */
    boolean[] tested() {
        boolean[] t = new boolean[fixed.length];
        for (int d = 0; d < fixed.length; d++) {
            t[d] = fixed[d] < 0;
        }
        return t;
    }

    /**
     * @param held descriptor id → variant id
     * @return an unmodifiable insertion-ordered copy, ids stripped
     * @throws org.micmac4j.InvalidInputException when an id is null or blank
     */
    static Map<String, String> copy(Map<String, String> held) {
        Messages.require(held != null, "the intervention is missing");
        Map<String, String> out = new LinkedHashMap<>();
        held.forEach((d, v) -> {
            Messages.require(d != null && !d.isBlank() && v != null && !v.isBlank(),
                    "intervention %s=%s: a blank descriptor or variant id", d, v);
            out.put(d.strip(), v.strip());
        });
        return java.util.Collections.unmodifiableMap(out);
    }
}
