package org.micmac4j.report.dematel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.micmac4j.Variable;
import org.micmac4j.dematel.DematelResult;
import org.micmac4j.dematel.Role;
import org.micmac4j.dematel.VariableScores;
import org.micmac4j.report.internal.render.Palette;
import org.micmac4j.report.internal.render.PlaneFrame;
import org.micmac4j.report.internal.render.Priority;
import org.micmac4j.report.internal.render.Svg;
import org.micmac4j.report.internal.render.Xml;

/**
 * The DEMATEL impact-relation map as SVG (docs/METHOD.md §8.2): x prominence D+R, y relation D−R, a
 * dashed line at D−R = 0 separating the cause group (above) from the effect group (below), one
 * circle per variable coloured by its group and labelled by its id (labels placed by
 * {@link LabelPlacer}), and the relations above the threshold drawn as arrows between the points
 * (the two directions of a pair bow to opposite sides; width grows with T(i,j)). Self-relations
 * (a diagonal cell above the threshold) are counted in the legend, not drawn.
 */
final class DematelMapSvg {
    /** The groups in legend (and colour) order. */
    static final List<String> GROUPS = List.of(Role.CAUSE.name(), Role.EFFECT.name(), Role.NEUTRAL.name());
    private static final String RELATION_COLOUR = "#6c7a89";

    private DematelMapSvg() {
    }

    /**
     * @param result a DEMATEL analysis
     * @param drawn the relations drawn (or left out)
     * @return the SVG document (no XML declaration, so that it can also be inlined in HTML)
     */
    static String of(DematelResult result, DematelRelations drawn) {
        List<VariableScores> scores = result.scores();
        int n = scores.size();
        double loX = 0;
        double hiX = 0;
        double loY = 0;
        double hiY = 0;
        for (VariableScores s : scores) {
            loX = Math.min(loX, s.dPlusR());
            hiX = Math.max(hiX, s.dPlusR());
            loY = Math.min(loY, s.dMinusR());
            hiY = Math.max(hiY, s.dMinusR());
        }
        PlaneFrame f = new PlaneFrame(n, loX, hiX, loY, hiY);
        Palette palette = Palette.ofClasses(scores.stream().map(s -> s.role().name()).toList(), GROUPS);
        String title = "DEMATEL impact-relation map";
        Svg svg = new Svg(f.width(), f.height(palette.groups().size() + 6), title, f.fontSize());
        f.draw(svg, title, String.format(Locale.ROOT, "%d variables. Prominence D+R across, relation D−R up: above "
                + "the dashed line the cause group, below it the effect group.", n), "Prominence D+R →",
                "Relation D−R →", Double.NaN, 0, new String[] {"CAUSE", null, "EFFECT", null});
        double[] x = new double[n];
        double[] y = new double[n];
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            x[i] = f.px(scores.get(i).dPlusR());
            y[i] = f.py(scores.get(i).dMinusR());
            ids.add(scores.get(i).variable().id());
        }
        int self = relations(svg, result, drawn, x, y, f.markerRadius());
        double[] prominence = new double[n];
        double[] relation = new double[n];
        for (int i = 0; i < n; i++) {
            prominence[i] = scores.get(i).dPlusR();
            relation[i] = Math.abs(scores.get(i).dMinusR());
        }
        f.labels(svg, ids, x, y, Priority.bestOfTwo(prominence, relation), List.of());
        f.ringCoincident(svg, ids, x, y);
        for (int i = 0; i < n; i++) {
            VariableScores s = scores.get(i);
            svg.circle(x[i], y[i], f.markerRadius(), "class=\"point\" fill=\"" + palette.colour(i)
                    + "\" stroke=\"#333\" stroke-width=\"0.7\"", String.format(Locale.ROOT,
                            "%s — %s%nD %.4f, R %.4f, D+R %.4f, D−R %.4f: %s", s.variable().id(), s.variable().name(),
                            s.d(), s.r(), s.dPlusR(), s.dMinusR(), s.role()));
        }
        List<String> notes = PlaneFrame.legendNotes(n);
        notes.add("Dashed red line: D−R = 0");
        if (drawn.leftOut()) {
            notes.add("No arrows: the relations (cells of T");
            notes.add("above the threshold) were not computed");
        } else {
            notes.add(String.format(Locale.ROOT, "Arrows: T(i,j) > %s", DematelTable.fixed(result.threshold())));
            notes.add(String.format(Locale.ROOT, "(%s of T), %d relations", result.config().thresholdRule(),
                    drawn.count()));
        }
        if (drawn.size() < drawn.count()) {
            notes.add("Drawn: the " + drawn.size() + " strongest");
        }
        if (self > 0) {
            notes.add(self + " self-relation" + (self == 1 ? "" : "s") + " not drawn");
        }
        if (!drawn.leftOut()) {
            notes.add("Wider arrow: stronger T(i,j)");
        }
        notes.addAll(PlaneFrame.coincidentLegend(ids, x, y));
        f.legend(svg, palette, "Groups", notes);
        return svg.end();
    }

    /** Draws the relations given, weakest first; returns the number of self-relations (not drawn). */
    private static int relations(Svg svg, DematelResult result, DematelRelations rel, double[] x, double[] y,
            double r) {
        Integer[] order = new Integer[rel.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> rel.strength(k)).thenComparingInt(k -> k));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < rel.size(); k++) {
            min = Math.min(min, rel.strength(k));
            max = Math.max(max, rel.strength(k));
        }
        svg.raw("<defs>" + Svg.arrowMarker("dematel-arrow", RELATION_COLOUR, 7, true) + "</defs>\n");
        List<Variable> vars = result.variables();
        int self = 0;
        for (int k : order) {
            int a = rel.from(k);
            int b = rel.to(k);
            double strength = rel.strength(k);
            if (a == b) {
                self++;
                continue;
            }
            double len = Math.hypot(x[b] - x[a], y[b] - y[a]);
            if (len < 2 * r + 4) {
                continue; // points on top of each other: no visible arrow
            }
            // bow to the right of the direction of travel, so that a -> b and b -> a stay apart
            double side = Math.min(0.12 * len, 28);
            double qx = (x[a] + x[b]) / 2 - (y[b] - y[a]) / len * side;
            double qy = (y[a] + y[b]) / 2 + (x[b] - x[a]) / len * side;
            double tx = x[b] - qx;
            double ty = y[b] - qy;
            double tl = Math.hypot(tx, ty);
            double ex = x[b] - tx / tl * (r + 1.5);
            double ey = y[b] - ty / tl * (r + 1.5);
            double w = 0.8 + 1.8 * (max > min ? (strength - min) / (max - min) : 1);
            svg.raw("<path class=\"relation\" d=\"M" + Svg.num(x[a]) + "," + Svg.num(y[a]) + " Q" + Svg.num(qx) + ","
                    + Svg.num(qy) + " " + Svg.num(ex) + "," + Svg.num(ey) + "\" fill=\"none\" stroke=\""
                    + RELATION_COLOUR + "\" stroke-width=\"" + Svg.num(w) + "\" stroke-opacity=\"0.55\" "
                    + "marker-end=\"url(#dematel-arrow)\"><title>" + Xml.escape(String.format(Locale.ROOT,
                            "%s → %s: T = %s", vars.get(a).id(), vars.get(b).id(), DematelTable.fixed(strength)))
                            + "</title></path>\n");
        }
        return self;
    }
}
