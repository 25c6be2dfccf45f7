package org.micmac4j.report.ism;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.micmac4j.ism.IsmCluster;
import org.micmac4j.ism.IsmResult;
import org.micmac4j.ism.IsmVariable;
import org.micmac4j.report.internal.render.Numbers;
import org.micmac4j.report.internal.render.Palette;
import org.micmac4j.report.internal.render.PlaneFrame;
import org.micmac4j.report.internal.render.Priority;
import org.micmac4j.report.internal.render.Svg;

/**
 * The ISM-MICMAC plane as SVG (docs/METHOD.md §7.4): x dependence power, y driving power, the split lines
 * at the thresholds (n/2 by default), the cluster names AUTONOMOUS, DEPENDENT, LINKAGE and
 * INDEPENDENT in their quadrants, one circle per variable coloured by its cluster and labelled by
 * its id (labels placed by {@link LabelPlacer}: variables with equal powers share a point, their
 * labels fan out around it with leader lines). Hovering a point shows its values.
 */
final class IsmPlaneSvg {
    /** The clusters in legend (and colour) order. */
    static final List<String> CLUSTERS = List.of(IsmCluster.INDEPENDENT.name(), IsmCluster.LINKAGE.name(),
            IsmCluster.DEPENDENT.name(), IsmCluster.AUTONOMOUS.name());

    private IsmPlaneSvg() {
    }

    /**
     * @param result an ISM analysis
     * @return the SVG document (no XML declaration, so that it can also be inlined in HTML)
     */
    static String of(IsmResult result) {
        int n = result.size();
        List<IsmVariable> vars = result.variables();
        PlaneFrame f = new PlaneFrame(n, 0, Math.max(n, result.thresholds().dependence()), 0,
                Math.max(n, result.thresholds().influence()));
        Palette palette = Palette.ofClasses(vars.stream().map(v -> v.cluster().name()).toList(), CLUSTERS);
        String title = "ISM-MICMAC: driving power against dependence power";
        Svg svg = new Svg(f.width(), f.height(palette.groups().size() + 4), title, f.fontSize());
        f.draw(svg, title, String.format(Locale.ROOT, "%d variables. Split %s: driving ≥ %s, dependence ≥ %s count as "
                + "high.", n, result.config().split(), Numbers.count(result.thresholds().influence()),
                Numbers.count(result.thresholds().dependence())), "Dependence power →", "Driving power →",
                result.thresholds().dependence(), result.thresholds().influence(),
                new String[] {IsmCluster.INDEPENDENT.name(),
                    IsmCluster.LINKAGE.name(), IsmCluster.AUTONOMOUS.name(), IsmCluster.DEPENDENT.name()});
        double[] x = new double[n];
        double[] y = new double[n];
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            x[i] = f.px(vars.get(i).dependencePower());
            y[i] = f.py(vars.get(i).drivingPower());
            ids.add(vars.get(i).id());
        }
        double[] driving = new double[n];
        double[] dependence = new double[n];
        for (int i = 0; i < n; i++) {
            driving[i] = vars.get(i).drivingPower();
            dependence[i] = vars.get(i).dependencePower();
        }
        f.labels(svg, ids, x, y, Priority.bestOfTwo(driving, dependence), List.of());
        f.ringCoincident(svg, ids, x, y);
        for (int i = 0; i < n; i++) {
            IsmVariable v = vars.get(i);
            svg.circle(x[i], y[i], f.markerRadius(), "class=\"point\" fill=\"" + palette.colour(i)
                    + "\" stroke=\"#333\" stroke-width=\"0.7\"", String.format(Locale.ROOT,
                            "%s: driving power %d, dependence power %d, level %s, %s", v.id(), v.drivingPower(),
                            v.dependencePower(), Numbers.roman(v.level()), v.cluster()));
        }
        List<String> notes = PlaneFrame.legendNotes(n, "Dashed red lines: split (" + result.config().split() + ")");
        notes.addAll(PlaneFrame.coincidentLegend(ids, x, y));
        f.legend(svg, palette, "Clusters", notes);
        return svg.end();
    }
}
