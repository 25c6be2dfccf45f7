package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Leverage cells: which judgements the solution set hangs on, the one-cell-at-a-time sensitivity
 * check practitioners do by hand, done for every cell at once.
 *
 * <p><b>Definition.</b> For every judgement cell between two different descriptors (row = impacting
 * variant (i, v), column = impacted variant (j, b), i ≠ j), the smallest change k (in absolute
 * value; a decrease before an increase of the same size) that keeps the cell within the scale
 * −S..+S, S = max({@link #SCALE_DEFAULT}, the matrix's own largest |cell|), and changes the
 * solution set of the configured {@link Cib} (K, intervention, constraints), with the scenarios
 * that change gains and loses. Cells that no such change affects are not listed. Ranked most
 * fragile first: |k| ascending, then decreases first, then the number of scenarios changed
 * descending, then row, then column (flat variant order).
 *
 * <p><b>How, exactly.</b> Changing cell ((i, v), (j, b)) by k moves one score, θ_j(b), by k in the
 * scenarios with z_i = v, and nothing else. So only descriptor j's gap can change, and only a
 * scenario whose other descriptors already qualify (gap ≤ K) can enter or leave. For every j the
 * scenarios whose other descriptors qualify and whose own gap is at most K + 2S (the most any
 * change in scale can bridge) are found by the same branch and bound as the solution set, with a
 * larger bound on j alone. For each such scenario z and each variant b of j, j's gap as a function
 * of the change is a step: z changes status exactly for the changes k ≤ a &lt; 0, or k ≥ a &gt; 0,
 * with a from θ_j(z) (when z_j = b: a = M − θ_j(b) − K, M the best other score; otherwise
 * a = θ_j(z_j) + K − θ_j(b), shifted by one when z is in the set), and the step applies to the cells
 * ((i, z_i), (j, b)) of every i ≠ j. The smallest |a| per cell, in scale, is its change; the
 * scenarios whose step contains it are what it gains and loses. No solve per cell: every cell is
 * decided from one pass over these scenarios (the tests re-solve every reported change, and every
 * change of every cell of small matrices).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * LeverageResult r = Leverage.withDefaults().analyze(matrix);
 * for (LeverageResult.Cell c : r.cells()) {
 *     space.label(c.from()); space.label(c.to()); c.change(); c.effect().gained(); c.effect().lost();
 * }
 * }</pre>
 */
public final class Leverage {
    /** Default scale: cells stay within −{@value}..+{@value} (or the matrix's own largest |value| if larger). */
    public static final int SCALE_DEFAULT = 3;

    private static final Leverage DEFAULTS = new Leverage(Cib.withDefaults(), SCALE_DEFAULT);

    private final Cib cib;
    private final int scale;

    private Leverage(Cib cib, int scale) {
        this.cib = cib;
        this.scale = scale;
    }

    /** @return the defaults: the solution set of {@link Cib#withDefaults()}, scale 3 */
    public static Leverage withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param c the analysis whose solution set is examined (K, intervention, constraints, threads,
     *     result limit, which also bounds each descriptor's set of near scenarios)
     * @return a copy using it
     */
    public Leverage withCib(Cib c) {
        return new Leverage(Objects.requireNonNull(c, "cib"), scale);
    }

    /**
     * @param s the scale: cells stay within −s..+s, or the matrix's largest |value| if larger; ≥ 1
     * @return a copy with that scale
     * @throws InvalidInputException when below 1
     */
    public Leverage withScale(int s) {
        Messages.require(s >= 1 && s <= 1 << 20, "the leverage scale must be in 1..%d, got %d", 1 << 20, s);
        return new Leverage(cib, s);
    }

    /** @return the analysis examined */
    public Cib cib() {
        return cib;
    }

    /** @return the configured scale */
    public int scale() {
        return scale;
    }

    /**
     * @param matrix the judgement matrix
     * @return every cell whose smallest in-scale change alters the solution set, most fragile first
     * @throws InvalidInputException when an id of the intervention or constraints is unknown, or a
     *         descriptor's near scenarios exceed the result limit
     */
    public LeverageResult analyze(CibMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        ScenarioSpace space = matrix.space();
        int n = matrix.size();
        int[] cells = matrix.cells();
        int s = scale;
        for (int c : cells) {
            s = Math.max(s, Math.abs(c));
        }
        int range = s;
        Feasibility feasibility = Feasibility.of(cib.constraints(), space);
        Intervention held = Intervention.of(matrix, Intervention.resolve(cib.intervention(), space), feasibility);
        if (held.infeasible || held.reduced == null) {
            return new LeverageResult(this, space, range, List.of()); // nothing tested, or nothing at all
        }
        int k = cib.maxInconsistency();
        int[] free = held.free;
        List<List<LeverageResult.Cell>> parts = new ArrayList<>();
        for (int x = 0; x < free.length; x++) {
            parts.add(List.of());
        }
        // each impacted descriptor alone: its near scenarios and its column of cells; the searches
        // themselves run on the configured threads, one descriptor after the other
        for (int x = 0; x < free.length; x++) {
            if (space.variantCount(free[x]) < 2) {
                continue; // one variant: its gap is always 0
            }
            int[] caps = new int[free.length];
            Arrays.fill(caps, k);
            caps[x] = k + 2 * range;
            List<int[]> near = new PrunedSearch(held.reduced, SearchOrder.greedy(held.reduced), caps, held.feasibility,
                    cib.maxScenarios()).run(cib.effectiveThreads());
            parts.set(x, column(matrix, held, free[x], near, k, range));
        }
        List<LeverageResult.Cell> all = new ArrayList<>();
        parts.forEach(all::addAll);
        all.sort(LeverageResult.FRAGILE_FIRST);
        return new LeverageResult(this, space, range, all);
    }

    /**
     * The cells into descriptor j: from the near scenarios of j, the smallest changing step per
     * cell (first pass), then the scenarios each chosen change gains and loses (second pass).
     */
    private static List<LeverageResult.Cell> column(CibMatrix m, Intervention held, int j, List<int[]> near, int k,
            int range) {
        ScenarioSpace space = m.space();
        int nd = space.descriptorCount();
        int n = m.size();
        int kj = space.variantCount(j);
        int offJ = space.offset(j);
        int[] cells = m.cells();
        // per (row r, variant b of j): the negative step closest to 0 (largest), the positive one closest (smallest)
        int[] neg = new int[n * kj];
        int[] pos = new int[n * kj];
        Arrays.fill(neg, Integer.MIN_VALUE);
        Arrays.fill(pos, Integer.MAX_VALUE);
        int size = near.size();
        int[][] zs = new int[size][];
        int[][] steps = new int[size][];
        boolean[] inSet = new boolean[size];
        int[] theta = new int[kj];
        for (int q = 0; q < size; q++) {
            int[] z = held.expand(near.get(q));
            zs[q] = z;
            Arrays.fill(theta, 0);
            for (int i = 0; i < nd; i++) {
                int row = (space.offset(i) + z[i]) * n + offJ;
                for (int b = 0; b < kj; b++) {
                    theta[b] += cells[row + b];
                }
            }
            int own = z[j];
            int best = Integer.MIN_VALUE;
            for (int b = 0; b < kj; b++) {
                best = Math.max(best, theta[b]);
            }
            inSet[q] = best - theta[own] <= k;
            int[] step = new int[kj];
            for (int b = 0; b < kj; b++) {
                step[b] = step(theta, own, b, k, inSet[q]);
                if (step[b] == 0) {
                    continue;
                }
                for (int i = 0; i < nd; i++) {
                    if (i == j) {
                        continue;
                    }
                    int slot = (space.offset(i) + z[i]) * kj + b;
                    if (step[b] < 0) {
                        neg[slot] = Math.max(neg[slot], step[b]);
                    } else {
                        pos[slot] = Math.min(pos[slot], step[b]);
                    }
                }
            }
            steps[q] = step;
        }
        // the chosen change of every cell (0: none in scale)
        int[] change = new int[n * kj];
        for (int r = 0; r < n; r++) {
            if (space.descriptorOf(r) == j) {
                continue;
            }
            for (int b = 0; b < kj; b++) {
                int slot = r * kj + b;
                int value = cells[r * n + offJ + b];
                boolean down = neg[slot] != Integer.MIN_VALUE && value + neg[slot] >= -range;
                boolean up = pos[slot] != Integer.MAX_VALUE && value + pos[slot] <= range;
                if (down && (!up || -neg[slot] <= pos[slot])) {
                    change[slot] = neg[slot];
                } else if (up) {
                    change[slot] = pos[slot];
                }
            }
        }
        List<List<Scenario>> gained = new ArrayList<>();
        List<List<Scenario>> lost = new ArrayList<>();
        for (int x = 0; x < n * kj; x++) {
            gained.add(null);
            lost.add(null);
        }
        for (int q = 0; q < size; q++) {
            int[] z = zs[q];
            for (int b = 0; b < kj; b++) {
                int a = steps[q][b];
                if (a == 0) {
                    continue;
                }
                for (int i = 0; i < nd; i++) {
                    if (i == j) {
                        continue;
                    }
                    int slot = (space.offset(i) + z[i]) * kj + b;
                    int c = change[slot];
                    if (c != 0 && (a < 0 ? c <= a : c >= a)) {
                        List<List<Scenario>> to = inSet[q] ? lost : gained;
                        if (to.get(slot) == null) {
                            to.set(slot, new ArrayList<>());
                        }
                        to.get(slot).add(Scenario.of(z));
                    }
                }
            }
        }
        List<LeverageResult.Cell> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            for (int b = 0; b < kj; b++) {
                int slot = r * kj + b;
                if (change[slot] == 0) {
                    continue;
                }
                List<Scenario> g = gained.get(slot) == null ? new ArrayList<>() : gained.get(slot);
                List<Scenario> l = lost.get(slot) == null ? new ArrayList<>() : lost.get(slot);
                g.sort(null);
                l.sort(null);
                out.add(new LeverageResult.Cell(r, offJ + b, cells[r * n + offJ + b], change[slot],
                        new KernelChange(g, l)));
            }
        }
        return out;
    }

    /**
     * The step at which a change of θ_j(b) alters the status of a scenario with j at {@code own}:
     * negative a: for every change ≤ a; positive a: for every change ≥ a; 0: never.
     */
    private static int step(int[] theta, int own, int b, int k, boolean inSet) {
        int bestOther = Integer.MIN_VALUE; // best score of the variants other than b
        for (int c = 0; c < theta.length; c++) {
            if (c != b) {
                bestOther = Math.max(bestOther, theta[c]);
            }
        }
        if (own == b) {
            // gap = max(0, bestOther − θ(b) − δ) ≤ K  ⟺  δ ≥ t
            int t = bestOther - theta[b] - k;
            return inSet ? (t <= 0 ? t - 1 : 0) : t; // in the set: t ≤ 0 always; out: t > 0 always
        }
        if (bestOther - theta[own] > k) {
            return 0; // another variant than b already beats own by more than K: no change of θ(b) helps
        }
        // gap = max(bestOther, θ(b) + δ) − θ(own) ≤ K  ⟺  δ ≤ u
        int u = theta[own] + k - theta[b];
        return inSet ? u + 1 : u; // in the set: u ≥ 0, lost from u + 1 on; out: u < 0, gained up to u
    }

    @Override
    public String toString() {
        return "Leverage[" + cib + ", scale=" + scale + "]";
    }
}
