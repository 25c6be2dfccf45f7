package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * {@link FeasibilityConstraints} compiled for one space: which variants are allowed (unary rules),
 * and for every variant the variants of other descriptors it cannot be combined with (pair rules;
 * {@code A:a1 implies B:b2} is the pairs of a1 with every other variant of B). Immutable.
 */
final class Feasibility {
    private final ScenarioSpace space;
    /** per flat variant: allowed by every unary rule */
    private final boolean[] allowed;
    /** per flat variant: the flat variants of other descriptors it excludes, ascending */
    private final int[][] partners;
    /** per flat variant: its descriptor */
    private final int[] descriptorOf;

    private Feasibility(ScenarioSpace space, boolean[] allowed, int[][] partners) {
        this.space = space;
        this.allowed = allowed;
        this.partners = partners;
        this.descriptorOf = new int[space.totalVariants()];
        for (int d = 0; d < space.descriptorCount(); d++) {
            Arrays.fill(descriptorOf, space.offset(d), space.offset(d) + space.variantCount(d), d);
        }
    }

    /**
     * @param c the constraints
     * @param space the space they are read against
     * @return the compiled constraints; null when there is none
     * @throws org.micmac4j.InvalidInputException naming the rule's origin when an id is unknown
     */
    static Feasibility of(FeasibilityConstraints c, ScenarioSpace space) {
        if (c == null || c.isEmpty()) {
            return null;
        }
        int n = space.totalVariants();
        boolean[] allowed = new boolean[n];
        Arrays.fill(allowed, true);
        List<TreeSet<Integer>> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pairs.add(new TreeSet<>());
        }
        for (FeasibilityConstraints.Rule r : c.rules()) {
            int a = descriptor(space, r, r.descriptor());
            if (r.kind() == FeasibilityConstraints.Kind.ALLOWS) {
                boolean[] listed = new boolean[space.variantCount(a)];
                for (String v : r.variants()) {
                    listed[variant(space, r, a, v)] = true;
                }
                for (int v = 0; v < listed.length; v++) {
                    allowed[space.offset(a) + v] &= listed[v];
                }
                continue;
            }
            int left = space.offset(a) + variant(space, r, a, r.variants().get(0));
            int b = descriptor(space, r, r.other());
            int bv = variant(space, r, b, r.otherVariant());
            for (int w = 0; w < space.variantCount(b); w++) {
                boolean excluded = r.kind() == FeasibilityConstraints.Kind.IMPLIES ? w != bv : w == bv;
                if (excluded) {
                    int right = space.offset(b) + w;
                    pairs.get(left).add(right);
                    pairs.get(right).add(left);
                }
            }
        }
        int[][] partners = new int[n][];
        for (int i = 0; i < n; i++) {
            partners[i] = pairs.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return new Feasibility(space, allowed, partners);
    }

    private static String where(FeasibilityConstraints.Rule r) {
        return r.origin() == null ? "constraint '" + r + "'" : r.origin();
    }

    private static int descriptor(ScenarioSpace space, FeasibilityConstraints.Rule r, String id) {
        for (int d = 0; d < space.descriptorCount(); d++) {
            if (space.descriptor(d).id().equals(id.strip())) {
                return d;
            }
        }
        throw Messages.invalid("%s: no descriptor %s (descriptors: %s)", where(r), id,
                String.join(", ", space.descriptors().stream().map(Descriptor::id).toList()));
    }

    private static int variant(ScenarioSpace space, FeasibilityConstraints.Rule r, int d, String id) {
        Descriptor desc = space.descriptor(d);
        for (int v = 0; v < desc.variantCount(); v++) {
            if (desc.variant(v).id().equals(id.strip())) {
                return v;
            }
        }
        throw Messages.invalid("%s: descriptor %s has no variant %s (variants: %s)", where(r), desc.id(), id,
                String.join(", ", desc.variants().stream().map(x -> x.id()).toList()));
    }

    /** @return the space it was compiled for */
    ScenarioSpace space() {
        return space;
    }

    /** @return whether flat variant {@code flat} is allowed by the unary rules */
    boolean allowed(int flat) {
        return allowed[flat];
    }

    /**
     * @return the flat variants of other descriptors that {@code flat} cannot be combined with (shared, do not modify)
     */
    int[] partners(int flat) {
        return partners[flat];
    }

    /** @return whether some pair rule links descriptors i and j */
    boolean couples(int i, int j) {
        for (int v = 0; v < space.variantCount(i); v++) {
            for (int p : partners[space.offset(i) + v]) {
                if (descriptorOf[p] == j) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param z variant indices per descriptor; a negative entry is a descriptor not assigned (no
     *     rule of it applies)
     * @return whether the assigned variants violate no rule
     */
    boolean admits(int[] z) {
        for (int d = 0; d < z.length; d++) {
            if (z[d] < 0) {
                continue;
            }
            int f = space.offset(d) + z[d];
            if (!allowed[f]) {
                return false;
            }
            for (int p : partners[f]) {
                int e = descriptorOf[p];
                if (z[e] == p - space.offset(e)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The constraints left once some descriptors are held at variants: a pair with a held variant
     * becomes a unary rule on the other side, a pair with another variant of a held descriptor
     * never applies.
     *
     * @param fixed per descriptor of this space, its held variant or −1
     * @param free the descriptors kept, in order (held ones excluded; a descriptor neither held nor
     *     kept must share no pair rule with a kept one, as for independent groups)
     * @param reduced the space of the free descriptors
     * @return the constraints over {@code reduced}; null when none is left
     */
    Feasibility restricted(int[] fixed, int[] free, ScenarioSpace reduced) {
        int n = reduced.totalVariants();
        boolean[] al = new boolean[n];
        int[] toReduced = new int[space.totalVariants()];
        Arrays.fill(toReduced, -1);
        for (int r = 0; r < free.length; r++) {
            int d = free[r];
            for (int v = 0; v < space.variantCount(d); v++) {
                toReduced[space.offset(d) + v] = reduced.offset(r) + v;
            }
        }
        boolean any = false;
        int[][] part = new int[n][];
        for (int r = 0; r < free.length; r++) {
            int d = free[r];
            for (int v = 0; v < space.variantCount(d); v++) {
                int f = space.offset(d) + v;
                boolean ok = allowed[f];
                List<Integer> keep = new ArrayList<>();
                for (int p : partners[f]) {
                    int e = descriptorOf[p];
                    if (fixed[e] < 0) {
                        // a descriptor outside the subset: callers pass subsets closed under pairs
                        if (toReduced[p] >= 0) {
                            keep.add(toReduced[p]);
                        }
                    } else if (fixed[e] == p - space.offset(e)) {
                        ok = false; // excluded by a held variant
                    }
                }
                al[reduced.offset(r) + v] = ok;
                part[reduced.offset(r) + v] = keep.stream().mapToInt(Integer::intValue).sorted().toArray();
                any |= !ok || !keep.isEmpty();
            }
        }
        return any ? new Feasibility(reduced, al, part) : null;
    }

    /**
     * @param fixed per descriptor, its held variant or −1
     * @return whether the held variants alone violate a rule (unary, or a pair of two held variants)
     */
    boolean violatedBy(int[] fixed) {
        return !admits(fixed);
    }
}
