package org.micmac4j.report.internal.render;

/**
 * The fixed obstacles of a plot (point markers, reserved areas) rasterised at one pixel and
 * summed (a summed-area table), so that "does this box cover an obstacle?" costs four lookups
 * however many thousand markers there are. Conservative: a pixel counts as taken when an
 * obstacle's interior touches it, so a box reported free never overlaps an obstacle, while a box
 * reported taken may miss one by less than a pixel.
 */
final class Occupancy {
    private final double x0;
    private final double y0;
    private final int cols;
    private final int rows;
    /** sum[(r) * (cols + 1) + c]: taken pixels above row r and left of column c. */
    private final int[] sum;

    /**
     * @param area the area covered; obstacles outside it are clipped
     * @param obstacles the boxes to avoid
     */
    Occupancy(Box area, Iterable<Box> obstacles) {
        this.x0 = area.x();
        this.y0 = area.y();
        this.cols = Math.max(1, (int) Math.ceil(area.w()));
        this.rows = Math.max(1, (int) Math.ceil(area.h()));
        int[] grid = new int[(rows + 1) * (cols + 1)];
        for (Box o : obstacles) {
            int c0 = clampCol((int) Math.floor(o.x() - x0));
            int c1 = clampCol((int) Math.ceil(o.x() + o.w() - x0) - 1);
            int r0 = clampRow((int) Math.floor(o.y() - y0));
            int r1 = clampRow((int) Math.ceil(o.y() + o.h() - y0) - 1);
            if (o.w() <= 0 || o.h() <= 0 || o.x() + o.w() <= x0 || o.y() + o.h() <= y0 || o.x() >= x0 + cols
                    || o.y() >= y0 + rows) {
                continue;
            }
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    grid[(r + 1) * (cols + 1) + c + 1] = 1;
                }
            }
        }
        for (int r = 1; r <= rows; r++) {
            for (int c = 1; c <= cols; c++) {
                int k = r * (cols + 1) + c;
                grid[k] += grid[k - 1] + grid[k - cols - 1] - grid[k - cols - 2];
            }
        }
        this.sum = grid;
    }

    /** @return whether {@code b} covers a taken pixel (parts outside the area are free) */
    boolean taken(Box b) {
        int c0 = clampCol((int) Math.floor(b.x() - x0));
        int c1 = clampCol((int) Math.ceil(b.x() + b.w() - x0) - 1);
        int r0 = clampRow((int) Math.floor(b.y() - y0));
        int r1 = clampRow((int) Math.ceil(b.y() + b.h() - y0) - 1);
        if (c1 < c0 || r1 < r0) {
            return false;
        }
        int w = cols + 1;
        int s = sum[(r1 + 1) * w + c1 + 1] - sum[r0 * w + c1 + 1] - sum[(r1 + 1) * w + c0] + sum[r0 * w + c0];
        return s > 0;
    }

    private int clampCol(int c) {
        return Math.max(0, Math.min(cols - 1, c));
    }

    private int clampRow(int r) {
        return Math.max(0, Math.min(rows - 1, r));
    }
}
