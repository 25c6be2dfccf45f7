package org.micmac4j.report.internal.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A uniform grid over an area holding boxes that are added one at a time (the labels placed so
 * far): a box is filed under every cell it touches, so that an overlap query looks only at the
 * boxes of the cells the query box touches instead of at every box. With cells about the size of
 * a label, a query costs a few cells whatever the number of boxes. Boxes reaching outside the area
 * are filed under its border cells, so queries stay exact.
 */
final class BoxGrid {
    private final double x0;
    private final double y0;
    private final double cellW;
    private final double cellH;
    private final int cols;
    private final int rows;
    private final List<List<Box>> cells;

    /**
     * @param area the area the grid covers
     * @param cellW cell width, positive
     * @param cellH cell height, positive
     */
    BoxGrid(Box area, double cellW, double cellH) {
        this.x0 = area.x();
        this.y0 = area.y();
        this.cellW = cellW;
        this.cellH = cellH;
        this.cols = Math.max(1, (int) Math.ceil(area.w() / cellW));
        this.rows = Math.max(1, (int) Math.ceil(area.h() / cellH));
        this.cells = new ArrayList<>(cols * rows);
        for (int k = 0; k < cols * rows; k++) {
            cells.add(null);
        }
    }

    void add(Box b) {
        int c0 = col(b.x());
        int c1 = col(b.x() + b.w());
        int r0 = row(b.y());
        int r1 = row(b.y() + b.h());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int k = r * cols + c;
                List<Box> cell = cells.get(k);
                if (cell == null) {
                    cell = new ArrayList<>(4);
                    cells.set(k, cell);
                }
                cell.add(b);
            }
        }
    }

    /** @return whether {@code b} overlaps a box added so far */
    boolean overlapsAny(Box b) {
        int c0 = col(b.x());
        int c1 = col(b.x() + b.w());
        int r0 = row(b.y());
        int r1 = row(b.y() + b.h());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                List<Box> cell = cells.get(r * cols + c);
                if (cell != null) {
                    for (Box o : cell) {
                        if (o.overlaps(b)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - x0) / cellW)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - y0) / cellH)));
    }
}
