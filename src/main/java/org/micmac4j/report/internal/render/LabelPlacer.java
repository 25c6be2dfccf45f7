package org.micmac4j.report.internal.render;

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
 * <p>Scales to thousands of points: the markers and reserved areas are fixed, so they are
 * rasterised once into an {@link Occupancy} table (a box query costs four lookups), and the
 * labels placed so far are filed in a uniform {@link BoxGrid} with cells the size of a label (a
 * query looks at a few cells). Placing n labels costs about n times the number of candidates
 * tried, instead of n² box comparisons per candidate.
 *
 * <p>Immutable; {@link #place} is a pure function of its arguments.
 * Internal to the reports: not part of the library's API.
 */
public final class LabelPlacer {
    /** Direction order of candidates: right first (reading order), then around. Angles in degrees. */
    private static final int[] FIRST_RING = {0, 45, -45, 180, 135, -135, 90, -90};
    private static final int RINGS = 24;

    private final Box bounds;
    private final double gap;

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
        List<Box> fixed = new ArrayList<>(n + reserved.size());
        fixed.addAll(reserved);
        for (int i = 0; i < n; i++) {
            fixed.add(new Box(x[i] - markerRadius, y[i] - markerRadius, 2 * markerRadius, 2 * markerRadius));
        }
        Obstacles obstacles = new Obstacles(new Occupancy(bounds, fixed), new BoxGrid(bounds,
                Math.max(8, max(width)), Math.max(8, max(height))));
        Placement[] out = new Placement[n];
        for (int i : crowdedFirst(x, y, width, height)) {
            out[i] = placeOne(x[i], y[i], width[i], height[i], markerRadius, obstacles);
            obstacles.labels.add(out[i].box());
        }
        return Arrays.asList(out);
    }

    /** The fixed obstacles and the labels placed so far. */
    private record Obstacles(Occupancy fixed, BoxGrid labels) {
    }

    private static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }

    /**
     * Points with more neighbours within a label's reach first; ties in input order. Neighbours
     * are looked up in a grid of points whose cells span the largest reach, so only the adjacent
     * cells are searched.
     */
    private static Integer[] crowdedFirst(double[] x, double[] y, double[] w, double[] h) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n == 0) {
            return order;
        }
        double cellW = Math.max(1, 2 * max(w));
        double cellH = Math.max(1, 4 * max(h));
        double minX = Arrays.stream(x).min().orElse(0);
        double minY = Arrays.stream(y).min().orElse(0);
        java.util.Map<Long, List<Integer>> cells = new java.util.HashMap<>();
        long[] key = new long[n];
        for (int i = 0; i < n; i++) {
            long cx = (long) Math.floor((x[i] - minX) / cellW);
            long cy = (long) Math.floor((y[i] - minY) / cellH);
            key[i] = cx << 32 | cy;
            cells.computeIfAbsent(key[i], k -> new ArrayList<>()).add(i);
        }
        int[] neighbours = new int[n];
        for (int i = 0; i < n; i++) {
            long cx = key[i] >> 32;
            long cy = key[i] & 0xffffffffL;
            for (long a = cx - 1; a <= cx + 1; a++) {
                for (long b = cy - 1; b <= cy + 1; b++) {
                    List<Integer> cell = b < 0 || a < 0 ? null : cells.get(a << 32 | b);
                    if (cell == null) {
                        continue;
                    }
                    for (int j : cell) {
                        if (i != j && Math.abs(x[i] - x[j]) < w[i] + w[j]
                                && Math.abs(y[i] - y[j]) < 2 * (h[i] + h[j])) {
                            neighbours[i]++;
                        }
                    }
                }
            }
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -neighbours[i]).thenComparingInt(i -> i));
        return order;
    }

    private Placement placeOne(double px, double py, double w, double h, double r, Obstacles obstacles) {
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

    private boolean free(Box b, Obstacles obstacles) {
        return bounds.contains(b) && !obstacles.fixed().taken(b) && !obstacles.labels().overlapsAny(b);
    }

    /** Scans the area row by row, nearest rows first, and stops once no nearer spot can exist. */
    private Box nearestFree(double px, double py, double w, double h, Obstacles obstacles) {
        Box best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        double step = Math.max(2, h / 3);
        for (double top = bounds.y(); top + h <= bounds.y() + bounds.h(); top += step) {
            double dy = top + h / 2 - py;
            if (dy * dy >= bestDistance) {
                continue;
            }
            for (double left = bounds.x(); left + w <= bounds.x() + bounds.w(); left += step) {
                double dx = left + w / 2 - px;
                double dist = dx * dx + dy * dy;
                if (dist < bestDistance) {
                    Box b = new Box(left, top, w, h);
                    if (free(b, obstacles)) {
                        best = b;
                        bestDistance = dist;
                    }
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
