package org.micmac4j.report.micmac;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.micmac4j.MicmacResult;
import org.micmac4j.Thresholds;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.report.internal.Groups;
import org.micmac4j.report.internal.render.Numbers;
import org.micmac4j.report.internal.render.Palette;
import org.micmac4j.report.internal.render.PlaneFrame;
import org.micmac4j.report.internal.render.Priority;
import org.micmac4j.report.internal.render.Svg;

/**
 * The influence / dependence plane of one view as SVG (docs/METHOD.md §5.1): x dependence, y influence on
 * the comparable scale, the split lines, the four sector names, one circle per variable coloured
 * by group and labelled by its id (labels never overlap; distant ones get a leader line), and a
 * group legend. Hovering a point shows the variable's name and values.
 */
final class PlaneSvg {
    private PlaneSvg() {
    }

    /**
     * @param result an analysis
     * @param view the view to draw
     * @return the SVG document (no XML declaration, so that it can also be inlined in HTML)
     */
    static String of(MicmacResult result, View view) {
        ViewResult r = result.view(view);
        int n = r.size();
        Thresholds t = r.thresholds();
        double maxX = t.dependence();
        double maxY = t.influence();
        for (int i = 0; i < n; i++) {
            maxX = Math.max(maxX, r.dependence(i));
            maxY = Math.max(maxY, r.influence(i));
        }
        PlaneFrame f = new PlaneFrame(n, maxX, maxY);
        Palette palette = Groups.palette(r.variables());
        double[] x = new double[n];
        double[] y = new double[n];
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            x[i] = f.px(r.dependence(i));
            y[i] = f.py(r.influence(i));
            ids.add(r.variables().get(i).id());
        }
        List<String> notes = PlaneFrame.legendNotes(n, "Dashed red lines: split (" + t.rule() + ")");
        notes.addAll(PlaneFrame.coincidentLegend(ids, x, y));
        Svg svg = new Svg(f.width(), f.height(palette.groups().size() + notes.size()), title(view), f.fontSize());
        draw(f, svg, view.isIndirect() ? title(view).replace("^k)", "^k, k = " + r.order() + ")") : title(view),
                subtitle(t), t);
        f.labels(svg, ids, x, y, priority(r), List.of());
        f.ringCoincident(svg, ids, x, y);
        for (int i = 0; i < n; i++) {
            svg.circle(x[i], y[i], f.markerRadius(), "class=\"point\" fill=\"" + palette.colour(i)
                    + "\" stroke=\"#333\" stroke-width=\"0.7\"", tooltip(r, i));
        }
        f.legend(svg, palette, notes);
        return svg.end();
    }

    /**
     * Draws the frame of a MICMAC plane: titles, grid, axes, the split lines at the thresholds
     * and the four sector names.
     */
    static void draw(PlaneFrame f, Svg svg, String title, String subtitle, Thresholds t) {
        f.draw(svg, title, subtitle, "Dependence →", "Influence →", t.dependence(), t.influence(),
                new String[] {"INFLUENT", "RELAY", "AUTONOMOUS", "DEPENDENT"});
    }

    /** The variables to label first on a crowded plane: the most influent and the most dependent. */
    static int[] priority(ViewResult r) {
        return Priority.bestOfTwo(r.influences(), r.dependences());
    }

    /**
     * @param view a view
     * @return the picture title, e.g. "Indirect influence / dependence plane (MDI^k)"
     */
    static String title(View view) {
        return switch (view) {
            case DIRECT -> "Direct influence / dependence plane (MDI)";
            case INDIRECT -> "Indirect influence / dependence plane (MDI^k)";
            case POTENTIAL_DIRECT -> "Potential direct influence / dependence plane (MPDI)";
            case POTENTIAL_INDIRECT -> "Potential indirect influence / dependence plane (MPDI^k)";
        };
    }

    static String subtitle(Thresholds t) {
        return String.format(Locale.ROOT, "Comparable scale. Split %s: influence ≥ %s, dependence ≥ %s count as high.",
                t.rule(), Numbers.fixed(t.influence(), 1), Numbers.fixed(t.dependence(), 1));
    }

    static String tooltip(ViewResult r, int i) {
        Variable v = r.variables().get(i);
        return v.id() + " — " + v.name() + v.group().map(g -> " [" + g + "]").orElse("") + "\ninfluence "
                + Numbers.fixed(r.influence(i), 1) + " (rank " + r.influenceRank(i) + "), dependence "
                + Numbers.fixed(r.dependence(i), 1) + " (rank " + r.dependenceRank(i) + "): " + r.sector(i);
    }
}
