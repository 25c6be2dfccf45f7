package org.micmac4j.report.micmac;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.MicmacResult;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.report.internal.Groups;
import org.micmac4j.report.internal.render.Box;
import org.micmac4j.report.internal.render.Palette;
import org.micmac4j.report.internal.render.PlaneFrame;
import org.micmac4j.report.internal.render.Svg;

/**
 * The displacement map (docs/METHOD.md §5.4): on the comparable scale, an arrow from each variable's
 * position in one view (hollow circle, by default direct) to its position in another (filled
 * circle, by default indirect), labelled at the arrival. The rank shifts are tabulated by
 * {@link HtmlReport} and {@link ResultsCsv}.
 */
final class DisplacementSvg {
    private DisplacementSvg() {
    }

    /**
     * @param result an analysis
     * @return the direct-to-indirect map
     */
    static String of(MicmacResult result) {
        return of(result, View.DIRECT, View.INDIRECT);
    }

    /**
     * @param result an analysis
     * @param from the view of the arrows' tails
     * @param to the view of the arrows' heads (its thresholds are drawn)
     * @return the SVG document (no XML declaration)
     */
    static String of(MicmacResult result, View from, View to) {
        ViewResult a = result.view(from);
        ViewResult b = result.view(to);
        int n = a.size();
        double maxX = Math.max(a.thresholds().dependence(), b.thresholds().dependence());
        double maxY = Math.max(a.thresholds().influence(), b.thresholds().influence());
        for (int i = 0; i < n; i++) {
            maxX = Math.max(maxX, Math.max(a.dependence(i), b.dependence(i)));
            maxY = Math.max(maxY, Math.max(a.influence(i), b.influence(i)));
        }
        PlaneFrame f = new PlaneFrame(n, maxX, maxY);
        Palette palette = Groups.palette(a.variables());
        String title = "Displacement map: " + name(from) + " → " + name(to);
        Svg svg = new Svg(f.width(), f.height(palette.groups().size() + 3), title, f.fontSize());
        PlaneSvg.draw(f, svg, title + (to.isIndirect() ? " (k = " + b.order() + ")" : ""),
                PlaneSvg.subtitle(b.thresholds()) + " Lines: " + name(to) + " split.", b.thresholds());
        svg.raw("<defs>" + Svg.arrowMarker("arrow", "#555", 7, false) + "</defs>\n");
        double r = f.markerRadius();
        double[] x = new double[n];
        double[] y = new double[n];
        List<Box> tails = new ArrayList<>(n);
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x0 = f.px(a.dependence(i));
            double y0 = f.py(a.influence(i));
            x[i] = f.px(b.dependence(i));
            y[i] = f.py(b.influence(i));
            ids.add(a.variables().get(i).id());
            tails.add(new Box(x0 - r, y0 - r, 2 * r, 2 * r));
            double dx = x[i] - x0;
            double dy = y[i] - y0;
            double len = Math.hypot(dx, dy);
            if (len > 2 * r + 2) { // stop the arrow at the head's rim so the tip stays visible
                double ex = x[i] - dx / len * (r + 1);
                double ey = y[i] - dy / len * (r + 1);
                svg.line(x0, y0, ex, ey, "stroke=\"#555\" stroke-width=\"1.1\" marker-end=\"url(#arrow)\"");
            }
        }
        f.labels(svg, ids, x, y, PlaneSvg.priority(b), tails);
        for (int i = 0; i < n; i++) {
            svg.circle(tails.get(i).centerX(), tails.get(i).centerY(), r - 0.5,
                    "class=\"tail\" fill=\"#ffffff\" stroke=\"" + palette.colour(i) + "\" stroke-width=\"1.5\"",
                    ids.get(i) + " (" + name(from) + ")");
            svg.circle(x[i], y[i], r, "class=\"point\" fill=\"" + palette.colour(i) + "\" stroke=\"#333\" "
                    + "stroke-width=\"0.7\"", PlaneSvg.tooltip(b, i));
        }
        f.legend(svg, palette, PlaneFrame.legendNotes(
                n, "Hollow circle: " + name(from) + " position", "Filled circle: " + name(to)
                + " position", "Dashed red lines: " + name(to) + " split"));
        return svg.end();
    }

    static String name(View v) {
        return v.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
