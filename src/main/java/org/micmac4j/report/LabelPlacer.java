package org.micmac4j.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy placement of point labels without overlaps, for scatter plots.
 *
 * <p>Labels are placed one at a time, the points with the most close neighbours first (they have
 * the fewest free spots). For each label, candidate boxes are tried on rings of growing distance
 * around its point, in a fixed order of directions (right, upper right, lower right, left, ...);
 * the first box inside the bounds that overlaps no label placed so far and no point marker is
 * taken. A label placed farther than the first ring gets a leader line back to its point. If the
 * rings are exhausted, the whole area is scanned for the free spot nearest to the point; only when
 * no free spot exists anywhere (a plot too small for its labels) may a label overlap.
 *
 * <p>Immutable; {@link #place} is a pure function of its arguments.
 */
public final class LabelPlacer {
    /** Direction order of candidates: right first (reading order), then around. Angles in degrees. */
    private static final int[] FIRST_RING = {0, 45, -45, 180, 135, -135, 90, -90};
    private static final int RINGS = 24;

    private final Box bounds;
    private final double gap;

    /**
     * An axis-aligned box; y grows downwards as in SVG.
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     */
    public record Box(double x, double y, double w, double h) {
        /**
         * @param o another box
         * @return whether the interiors intersect (touching edges do not overlap)
         */
        public boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        /**
         * @param o another box
         * @return whether {@code o} lies inside this box
         */
        public boolean contains(Box o) {
            return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
        }

        /** @return the centre x */
        public double centerX() {
            return x + w / 2;
        }

        /** @return the centre y */
        public double centerY() {
            return y + h / 2;
        }
    }

    /**
     * Where a label went.
     *
     * @param box the label's box
     * @param leader whether a leader line should join the label to its point (it is not adjacent)
     */
    public record Placement(Box box, boolean leader) {
    }

    /**
     * @param bounds the area labels must stay in
     * @param gap the minimum distance between a label and its own point marker, in pixels
     */
    public LabelPlacer(Box bounds, double gap) {
        this.bounds = bounds;
        this.gap = gap;
    }

    /**
     * Places one label per point.
     *
     * @param x point x coordinates
     * @param y point y coordinates
     * @param width label widths
     * @param height label heights
     * @param markerRadius radius of the point markers, which labels must not cover
     * @return one placement per point, in input order
     */
    public List<Placement> place(double[] x, double[] y, double[] width, double[] height, double markerRadius) {
        return place(x, y, width, height, markerRadius, List.of());
    }

    /**
     * Places one label per point, keeping clear of reserved areas too (titles, legends, other
     * markers).
     *
     * @param x point x coordinates
     * @param y point y coordinates
     * @param width label widths
     * @param height label heights
     * @param markerRadius radius of the point markers, which labels must not cover
     * @param reserved boxes no label may overlap
     * @return one placement per point, in input order
     */
    public List<Placement> place(double[] x, double[] y, double[] width, double[] height, double markerRadius,
            List<Box> reserved) {
        int n = x.length;
        List<Box> obstacles = new ArrayList<>(2 * n + reserved.size());
        obstacles.addAll(reserved);
        for (int i = 0; i < n; i++) {
            obstacles.add(new Box(x[i] - markerRadius, y[i] - markerRadius, 2 * markerRadius, 2 * markerRadius));
        }
        Placement[] out = new Placement[n];
        for (int i : crowdedFirst(x, y, width, height)) {
            out[i] = placeOne(x[i], y[i], width[i], height[i], markerRadius, obstacles);
            obstacles.add(out[i].box());
        }
        return Arrays.asList(out);
    }

    /** Points with more neighbours within a label's reach first; ties in input order. */
    private static Integer[] crowdedFirst(double[] x, double[] y, double[] w, double[] h) {
        int n = x.length;
        int[] neighbours = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && Math.abs(x[i] - x[j]) < w[i] + w[j] && Math.abs(y[i] - y[j]) < 2 * (h[i] + h[j])) {
                    neighbours[i]++;
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -neighbours[i]).thenComparingInt(i -> i));
        return order;
    }

    private Placement placeOne(double px, double py, double w, double h, double r, List<Box> obstacles) {
        double step = Math.max(h * 0.6, 3);
        for (int ring = 0; ring < RINGS; ring++) {
            double d = r + gap + ring * step;
            int directions = ring == 0 ? FIRST_RING.length : 16 + 4 * ring;
            for (int k = 0; k < directions; k++) {
                double angle = ring == 0 ? Math.toRadians(FIRST_RING[k]) : angleAt(k, directions);
                Box b = boxAt(px, py, w, h, d, angle);
                if (free(b, obstacles)) {
                    return new Placement(b, ring > 1); // ring 1 still reads as adjacent
                }
            }
        }
        Box scanned = nearestFree(px, py, w, h, obstacles);
        if (scanned != null) {
            return new Placement(scanned, true);
        }
        return new Placement(clamp(boxAt(px, py, w, h, r + gap, 0)), false);
    }

    /** Alternates right and left of the horizontal so that near-horizontal spots come first. */
    private static double angleAt(int k, int directions) {
        int half = k / 2;
        double a = Math.PI * 2 * half / directions;
        return k % 2 == 0 ? a : Math.PI - a;
    }

    /** The box whose side nearest the point lies at distance d from it, in direction angle. */
    private static Box boxAt(double px, double py, double w, double h, double d, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double cx = px + c * (d + w / 2);
        double cy = py - s * (d + h / 2);
        return new Box(cx - w / 2, cy - h / 2, w, h);
    }

    private boolean free(Box b, List<Box> obstacles) {
        if (!bounds.contains(b)) {
            return false;
        }
        for (Box o : obstacles) {
            if (o.overlaps(b)) {
                return false;
            }
        }
        return true;
    }

    private Box nearestFree(double px, double py, double w, double h, List<Box> obstacles) {
        Box best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        double step = Math.max(2, h / 3);
        for (double top = bounds.y(); top + h <= bounds.y() + bounds.h(); top += step) {
            for (double left = bounds.x(); left + w <= bounds.x() + bounds.w(); left += step) {
                Box b = new Box(left, top, w, h);
                double dx = b.centerX() - px;
                double dy = b.centerY() - py;
                double dist = dx * dx + dy * dy;
                if (dist < bestDistance && free(b, obstacles)) {
                    best = b;
                    bestDistance = dist;
                }
            }
        }
        return best;
    }

    private Box clamp(Box b) {
        double x = Math.max(bounds.x(), Math.min(b.x(), bounds.x() + bounds.w() - b.w()));
        double y = Math.max(bounds.y(), Math.min(b.y(), bounds.y() + bounds.h() - b.h()));
        return new Box(x, y, b.w(), b.h());
    }
}
