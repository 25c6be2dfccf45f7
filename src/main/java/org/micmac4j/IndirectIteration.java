package org.micmac4j;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.micmac4j.internal.KendallTau;
import org.micmac4j.internal.VectorMath;
import org.micmac4j.internal.graph.Structure;

/**
 * The indirect iteration of docs/METHOD.md §3.4 and §3.5: advances a {@link Stepper} order by order, writes the
 * stability report and applies the stopping rule of the configured {@link Micmac}. Package-private.
 */
final class IndirectIteration {

    /** The state at the chosen order. */
    static final class Outcome {
        final IterationReport report;
        final double[] influence;
        final double[] dependence;
        final double logInfluenceScale;
        final double logDependenceScale;
        final int[] influenceRanks;
        final int[] dependenceRanks;

        Outcome(IterationReport report, Stepper s, int[] influenceRanks, int[] dependenceRanks) {
            this.report = report;
            this.influence = s.influence().clone();
            this.dependence = s.dependence().clone();
            this.logInfluenceScale = s.logInfluenceScale();
            this.logDependenceScale = s.logDependenceScale();
            this.influenceRanks = influenceRanks;
            this.dependenceRanks = dependenceRanks;
        }
    }

    /** Ranks at one order. */
    private record Ranked(int[] influence, int[] dependence) {
        boolean sameAs(Ranked o) {
            return Arrays.equals(influence, o.influence) && Arrays.equals(dependence, o.dependence);
        }
    }

    private IndirectIteration() {
    }

    /**
     * @param structure the diagnosis, asked for only under the automatic order (a fixed order
     *     does not need it)
     */
    static Outcome run(Stepper stepper, Supplier<Structure> structure, Micmac config) {
        int fixed = config.order();
        int window = config.stabilityWindow();
        boolean auto = fixed == Micmac.ORDER_AUTO;
        int period = auto ? structure.get().period() : 0;
        int longestPath = auto ? structure.get().longestPath() : -1;
        int limit = fixed != Micmac.ORDER_AUTO ? fixed : config.maxOrder();
        int keep = Math.max(window, 2 * period) + 1;
        Deque<Ranked> history = new ArrayDeque<>(keep + 1);
        List<OrderStability> report = new ArrayList<>();
        double[] previousInfluence = null;
        double[] previousDependence = null;
        StopReason reason = null;
        boolean stable = false;
        Ranked current = null;
        while (reason == null) {
            stepper.next();
            int k = stepper.order();
            current = new Ranked(stepper.influenceRanks(), stepper.dependenceRanks());
            if (!history.isEmpty()) {
                report.add(stability(k, history.peekFirst(), current, previousInfluence, previousDependence, stepper));
            }
            history.addFirst(current);
            if (history.size() > keep) {
                history.removeLast();
            }
            previousInfluence = stepper.influence().clone();
            previousDependence = stepper.dependence().clone();
            stable = repeated(history, window);
            if (fixed != Micmac.ORDER_AUTO) {
                reason = k == fixed ? StopReason.FIXED : null;
            } else if (stable) {
                reason = StopReason.STABLE;
            } else if (period > 1 && cycled(history, period)) {
                reason = StopReason.CYCLE;
            } else if (longestPath >= 0 && k >= Math.max(1, longestPath)) {
                reason = StopReason.NILPOTENT;
            } else if (k >= limit) {
                reason = StopReason.MAX_ORDER;
            }
        }
        IterationReport r = new IterationReport(stepper.order(), stable, reason, window, report);
        return new Outcome(r, stepper, current.influence, current.dependence);
    }

    /** Whether the newest ranks equal each of the {@code window} previous ones. */
    private static boolean repeated(Deque<Ranked> history, int window) {
        if (history.size() < window + 1) {
            return false;
        }
        Iterator<Ranked> it = history.iterator();
        Ranked newest = it.next();
        for (int d = 0; d < window; d++) {
            if (!newest.sameAs(it.next())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the last 2p orders repeat with period p: ranks(k-d) = ranks(k-d-p) for d < p. */
    private static boolean cycled(Deque<Ranked> history, int p) {
        if (history.size() < 2 * p) {
            return false;
        }
        Ranked[] h = history.toArray(new Ranked[0]);
        for (int d = 0; d < p; d++) {
            if (!h[d].sameAs(h[d + p])) {
                return false;
            }
        }
        return true;
    }

    private static OrderStability stability(int k, Ranked before, Ranked now, double[] influenceBefore,
            double[] dependenceBefore, Stepper s) {
        return new OrderStability(k, kept(before.influence, now.influence), kept(before.dependence, now.dependence),
                tau(before.influence, now.influence), tau(before.dependence, now.dependence),
                change(influenceBefore, s.influence()), change(dependenceBefore, s.dependence()));
    }

    private static double kept(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    private static double tau(int[] a, int[] b) {
        return a.length > Micmac.KENDALL_MAX_SIZE ? Double.NaN : KendallTau.tauB(a, b);
    }

    /** Largest change of the shares, relative to the largest previous share. */
    private static double change(double[] before, double[] now) {
        double sb = VectorMath.sum(before);
        double sn = VectorMath.sum(now);
        if (sb == 0 || sn == 0) {
            return sb == sn ? 0 : Double.NaN;
        }
        double maxDiff = 0;
        double maxBefore = 0;
        for (int i = 0; i < before.length; i++) {
            double b = before[i] / sb;
            maxDiff = Math.max(maxDiff, Math.abs(now[i] / sn - b));
            maxBefore = Math.max(maxBefore, b);
        }
        return maxDiff / maxBefore;
    }
}
