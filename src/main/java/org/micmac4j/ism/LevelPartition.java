package org.micmac4j.ism;

import org.micmac4j.internal.graph.BitMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The ISM level partition. {@link Partition#TOP_DOWN} (Warfield): at each iteration, among the
 * remaining variables, the reachability set R(i), the antecedent set A(i) and R(i) ∩ A(i); the
 * variables with R(i) = R(i) ∩ A(i) form the level and are removed. {@link Partition#BOTTOM_UP}:
 * the same with A(i) = R(i) ∩ A(i).
 *
 * <p>On a transitively closed matrix this rule selects exactly the strongly connected sets that
 * reach no other remaining variable (top-down; that no other remaining variable reaches,
 * bottom-up), so a cycle shares a level and the rule always selects something. On a matrix taken
 * as given it is applied literally, as papers do; if it selects nothing (a cycle that is not
 * closed), the rule is applied to the closure of the remaining variables instead and the
 * iteration says so.
 *
 * <p>Lean: each iteration keeps two bit sets (remaining, selected); the printed sets of
 * {@link #iterations()} are rebuilt on request.
 */
final class LevelPartition {
    private final BitMatrix reach;
    private final BitMatrix antecedents;
    private final List<String> ids;
    private final List<Step> steps;
    private final int[] levels;
    private final List<List<String>> members;
    private final boolean firstIsLevelOne;

    private LevelPartition(BitMatrix reach, BitMatrix antecedents, List<String> ids, List<Step> steps,
            boolean firstIsLevelOne) {
        this.reach = reach;
        this.antecedents = antecedents;
        this.ids = ids;
        this.steps = steps;
        this.firstIsLevelOne = firstIsLevelOne;
        int n = ids.size();
        int count = steps.size();
        this.levels = new int[n];
        List<List<String>> byLevel = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            byLevel.add(null);
        }
        for (int k = 0; k < count; k++) {
            int level = level(k);
            long[] selected = steps.get(k).selected;
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (BitMatrix.contains(selected, i)) {
                    levels[i] = level;
                    names.add(ids.get(i));
                }
            }
            byLevel.set(level - 1, List.copyOf(names));
        }
        this.members = List.copyOf(byLevel);
    }

    private int level(int k) {
        return firstIsLevelOne ? k + 1 : steps.size() - k;
    }

    /**
     * @param m the final reachability matrix (unit diagonal; not modified, kept)
     * @param ids the variable ids, in input order
     * @param partition which end is removed first
     * @param numbering how levels are numbered
     * @return the partition
     */
    static LevelPartition of(BitMatrix m, List<String> ids, Partition partition, LevelNumbering numbering) {
        int n = m.size();
        BitMatrix antecedents = m.transpose();
        boolean topDown = partition == Partition.TOP_DOWN;
        BitMatrix first = topDown ? m : antecedents;
        BitMatrix second = topDown ? antecedents : m;
        long[] remaining = new long[BitMatrix.words(n)];
        for (int i = 0; i < n; i++) {
            BitMatrix.add(remaining, i);
        }
        List<Step> steps = new ArrayList<>();
        while (!BitMatrix.isEmpty(remaining)) {
            Step step = step(first, second, remaining);
            steps.add(step);
            for (int w = 0; w < remaining.length; w++) {
                remaining[w] &= ~step.selected[w];
            }
        }
        boolean firstIsLevelOne = topDown == (numbering == LevelNumbering.FROM_SINKS);
        return new LevelPartition(m, antecedents, ids, List.copyOf(steps), firstIsLevelOne);
    }

    /** Selects i with first(i) ∩ remaining ⊆ second(i) (R ⊆ A top-down, A ⊆ R bottom-up). */
    private static Step step(BitMatrix first, BitMatrix second, long[] remaining) {
        int n = first.size();
        long[] selected = new long[remaining.length];
        for (int i = 0; i < n; i++) {
            if (BitMatrix.contains(remaining, i) && subsetWithin(first.rowView(i), second.rowView(i), remaining)) {
                BitMatrix.add(selected, i);
            }
        }
        boolean byClosure = BitMatrix.isEmpty(selected);
        if (byClosure) {
            selected = endSets(first, remaining);
        }
        return new Step(remaining.clone(), selected, byClosure);
    }

    /** Whether (a ∩ within) ⊆ b, without allocating. */
    private static boolean subsetWithin(long[] a, long[] b, long[] within) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & within[w] & ~b[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The usual rule on the transitive closure of the sub-matrix of the remaining variables. */
    private static long[] endSets(BitMatrix first, long[] remaining) {
        int n = first.size();
        BitMatrix sub = new BitMatrix(n);
        for (int i = 0; i < n; i++) {
            if (BitMatrix.contains(remaining, i)) {
                long[] row = BitMatrix.and(first.row(i), remaining);
                for (int j = 0; j < n; j++) {
                    if (BitMatrix.contains(row, j)) {
                        sub.set(i, j);
                    }
                }
            }
        }
        BitMatrix closed = sub.closure();
        BitMatrix closedReverse = closed.transpose();
        long[] selected = new long[remaining.length];
        for (int i = 0; i < n; i++) {
            if (BitMatrix.contains(remaining, i) && BitMatrix.isSubset(closed.row(i), closedReverse.row(i))) {
                BitMatrix.add(selected, i);
            }
        }
        return selected;
    }

    /** @return the level of each variable, in input order (the array itself, not a copy) */
    int[] levels() {
        return levels;
    }

    /** @return the number of iterations (= levels) */
    int count() {
        return steps.size();
    }

    /**
     * @return the iterations, in order, with the sets of every remaining variable (built on each
     *     call: O(levels · n²) strings, for reports of small studies)
     */
    List<IsmIteration> iterations() {
        int n = ids.size();
        List<IsmIteration> out = new ArrayList<>(steps.size());
        for (int k = 0; k < steps.size(); k++) {
            Step s = steps.get(k);
            List<IsmSetRow> rows = new ArrayList<>();
            List<String> selected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!BitMatrix.contains(s.remaining, i)) {
                    continue;
                }
                boolean chosen = BitMatrix.contains(s.selected, i);
                long[] r = BitMatrix.and(reach.row(i), s.remaining);
                long[] a = BitMatrix.and(antecedents.row(i), s.remaining);
                rows.add(new IsmSetRow(ids.get(i), names(r), names(a), names(BitMatrix.and(r, a)), chosen));
                if (chosen) {
                    selected.add(ids.get(i));
                }
            }
            out.add(new IsmIteration(k + 1, level(k), rows, selected, s.byClosure));
        }
        return List.copyOf(out);
    }

    private List<String> names(long[] set) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (BitMatrix.contains(set, i)) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    /** @return the members of each level, level 1 first (unmodifiable) */
    List<List<String>> members() {
        return members;
    }

    /** What one iteration found: the variables remaining at its start, and those it selected. */
    private static final class Step {
        final long[] remaining;
        final long[] selected;
        final boolean byClosure;

        Step(long[] remaining, long[] selected, boolean byClosure) {
            this.remaining = remaining;
            this.selected = selected;
            this.byClosure = byClosure;
        }
    }
}
