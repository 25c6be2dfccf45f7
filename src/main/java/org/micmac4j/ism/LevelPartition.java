package org.micmac4j.ism;

import java.util.ArrayList;
import java.util.List;

/**
 * The ISM level partition (Warfield): at each iteration, among the remaining variables, the
 * reachability set R(i), the antecedent set A(i) and R(i) ∩ A(i); the variables with
 * R(i) = R(i) ∩ A(i) form the level and are removed.
 *
 * <p>On a transitively closed matrix this rule selects exactly the strongly connected sets that
 * reach no other remaining variable, so a cycle shares a level and the rule always selects
 * something. On a matrix taken as given it is applied literally, as papers do; if it selects
 * nothing (a cycle that is not closed), the rule is applied to the closure of the remaining
 * variables instead and the iteration says so.
 */
final class LevelPartition {
    private final int[] levels;
    private final List<IsmIteration> iterations;
    private final List<List<String>> members;

    private LevelPartition(int[] levels, List<IsmIteration> iterations, List<List<String>> members) {
        this.levels = levels;
        this.iterations = iterations;
        this.members = members;
    }

    /**
     * @param m the final reachability matrix (unit diagonal; not modified)
     * @param ids the variable ids, in input order
     * @param numbering how levels are numbered
     * @return the partition
     */
    static LevelPartition of(BitMatrix m, List<String> ids, LevelNumbering numbering) {
        int n = m.size();
        BitMatrix antecedents = m.transpose();
        long[] remaining = new long[BitMatrix.words(n)];
        for (int i = 0; i < n; i++) {
            BitMatrix.add(remaining, i);
        }
        List<Step> steps = new ArrayList<>();
        while (!BitMatrix.isEmpty(remaining)) {
            Step step = step(m, antecedents, remaining);
            steps.add(step);
            for (int i = 0; i < n; i++) {
                if (BitMatrix.contains(step.selected, i)) {
                    BitMatrix.remove(remaining, i);
                }
            }
        }
        return number(steps, ids, numbering);
    }

    private static Step step(BitMatrix m, BitMatrix antecedents, long[] remaining) {
        int n = m.size();
        long[][] reach = new long[n][];
        long[][] ante = new long[n][];
        long[] selected = new long[remaining.length];
        for (int i = 0; i < n; i++) {
            if (BitMatrix.contains(remaining, i)) {
                reach[i] = BitMatrix.and(m.row(i), remaining);
                ante[i] = BitMatrix.and(antecedents.row(i), remaining);
                if (BitMatrix.isSubset(reach[i], ante[i])) {
                    BitMatrix.add(selected, i);
                }
            }
        }
        boolean byClosure = BitMatrix.isEmpty(selected);
        if (byClosure) {
            selected = sinkSets(m, remaining);
        }
        return new Step(remaining.clone(), reach, ante, selected, byClosure);
    }

    /** The usual rule on the transitive closure of the sub-matrix of the remaining variables. */
    private static long[] sinkSets(BitMatrix m, long[] remaining) {
        int n = m.size();
        BitMatrix sub = new BitMatrix(n);
        for (int i = 0; i < n; i++) {
            if (BitMatrix.contains(remaining, i)) {
                long[] row = BitMatrix.and(m.row(i), remaining);
                for (int j = 0; j < n; j++) {
                    if (BitMatrix.contains(row, j)) {
                        sub.set(i, j);
                    }
                }
            }
        }
        BitMatrix closed = sub.closure();
        BitMatrix closedAnte = closed.transpose();
        long[] selected = new long[remaining.length];
        for (int i = 0; i < n; i++) {
            if (BitMatrix.contains(remaining, i) && BitMatrix.isSubset(closed.row(i), closedAnte.row(i))) {
                BitMatrix.add(selected, i);
            }
        }
        return selected;
    }

    private static LevelPartition number(List<Step> steps, List<String> ids, LevelNumbering numbering) {
        int n = ids.size();
        int count = steps.size();
        int[] levels = new int[n];
        List<IsmIteration> iterations = new ArrayList<>(count);
        List<List<String>> members = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            members.add(null);
        }
        for (int k = 0; k < count; k++) {
            Step s = steps.get(k);
            int level = numbering == LevelNumbering.FROM_SINKS ? k + 1 : count - k;
            List<IsmSetRow> rows = new ArrayList<>();
            List<String> selected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!BitMatrix.contains(s.remaining, i)) {
                    continue;
                }
                boolean chosen = BitMatrix.contains(s.selected, i);
                rows.add(new IsmSetRow(ids.get(i), names(s.reach[i], ids), names(s.ante[i], ids),
                        names(BitMatrix.and(s.reach[i], s.ante[i]), ids), chosen));
                if (chosen) {
                    selected.add(ids.get(i));
                    levels[i] = level;
                }
            }
            iterations.add(new IsmIteration(k + 1, level, rows, selected, s.byClosure));
            members.set(level - 1, List.copyOf(selected));
        }
        return new LevelPartition(levels, List.copyOf(iterations), List.copyOf(members));
    }

    private static List<String> names(long[] set, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (BitMatrix.contains(set, i)) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    /** @return the level of each variable, in input order (the array itself, not a copy) */
    int[] levels() {
        return levels;
    }

    /** @return the iterations, in order (unmodifiable) */
    List<IsmIteration> iterations() {
        return iterations;
    }

    /** @return the members of each level, level 1 first (unmodifiable) */
    List<List<String>> members() {
        return members;
    }

    /** What one iteration found, before levels are numbered. */
    private static final class Step {
        final long[] remaining;
        final long[][] reach;
        final long[][] ante;
        final long[] selected;
        final boolean byClosure;

        Step(long[] remaining, long[][] reach, long[][] ante, long[] selected, boolean byClosure) {
            this.remaining = remaining;
            this.reach = reach;
            this.ante = ante;
            this.selected = selected;
            this.byClosure = byClosure;
        }
    }
}
