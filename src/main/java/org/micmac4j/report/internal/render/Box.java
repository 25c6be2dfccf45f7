package org.micmac4j.report.internal.render;

/**
 * An axis-aligned box; y grows downwards as in SVG.
 *
 * <p>Internal to the reports: not part of the library's API.
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
