package org.micmac4j.report.internal;

import java.util.List;
import java.util.Locale;

import org.micmac4j.Sector;
import org.micmac4j.View;
import org.micmac4j.experts.RankSummary;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.experts.VariableRobustness;
import org.micmac4j.report.internal.render.Svg;
import org.micmac4j.report.internal.render.Xml;

/**
 * The influence / dependence plane in ranks with each variable's 90 % Monte Carlo interval:
 * a dot at the median ranks, whiskers from p05 to p95 on both axes; rank 1 (most influent, most
 * dependent) at the top and on the right, as on the usual plane. The dot's colour is the
 * variable's most probable sector.
 */
final class RankIntervalSvg {
    private static final double LEFT = 70;
    private static final double TOP = 60;
    private static final double SIZE = 620;

    private RankIntervalSvg() {
    }

    static String of(RobustnessResult r, View view) {
        List<VariableRobustness> vars = r.view(view);
        int n = vars.size();
        double total = LEFT + SIZE + 40;
        double height = TOP + SIZE + 60;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\" "
                        + "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">",
                Svg.num(total), Svg.num(height), Svg.num(total), Svg.num(height)));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        s.append("<text x=\"").append(Svg.num(LEFT)).append("\" y=\"24\" font-size=\"15\" font-weight=\"bold\">")
                .append(Xml.escape("Ranks with 90 % intervals, " + ViewJson.key(view) + " view (" + r.draws()
                        + " draws)")).append("</text>");
        s.append("<rect x=\"").append(Svg.num(LEFT)).append("\" y=\"").append(Svg.num(TOP)).append("\" width=\"")
                .append(Svg.num(SIZE)).append("\" height=\"").append(Svg.num(SIZE))
                .append("\" fill=\"none\" stroke=\"#888\"/>");
        // The middle rank: a guide, not a sector threshold (thresholds split values, not ranks).
        double mid = (n + 1) / 2.0;
        s.append(line(x(n, mid), TOP, x(n, mid), TOP + SIZE, "#ddd"));
        s.append(line(LEFT, y(n, mid), LEFT + SIZE, y(n, mid), "#ddd"));
        int step = Math.max(1, (int) Math.ceil(n / 10.0));
        for (int k = 1; k <= n; k += step) {
            s.append("<text x=\"").append(Svg.num(x(n, k))).append("\" y=\"").append(Svg.num(TOP + SIZE + 16))
                    .append("\" text-anchor=\"middle\">").append(k).append("</text>");
            s.append("<text x=\"").append(Svg.num(LEFT - 8)).append("\" y=\"").append(Svg.num(y(n, k) + 4))
                    .append("\" text-anchor=\"end\">").append(k).append("</text>");
        }
        s.append("<text x=\"").append(Svg.num(LEFT + SIZE / 2)).append("\" y=\"").append(Svg.num(TOP + SIZE + 40))
                .append("\" text-anchor=\"middle\" font-size=\"13\">dependence rank (1 = most dependent, "
                + "right)</text>");
        s.append("<text transform=\"translate(20 ").append(Svg.num(TOP + SIZE / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"13\">influence rank (1 = most influent, "
                + "top)"
                        + "</text>");
        for (VariableRobustness v : vars) {
            RankSummary inf = v.influenceRank();
            RankSummary dep = v.dependenceRank();
            String colour = SectorProbabilitySvg.COLOURS[mostProbable(v).ordinal()];
            double cx = x(n, dep.median());
            double cy = y(n, inf.median());
            s.append("<g><title>").append(Xml.escape(String.format(Locale.ROOT,
                    "%s: influence rank %.1f [%.1f, %.1f], dependence rank %.1f [%.1f, %.1f]", v.variable().id(),
                    inf.median(), inf.p05(), inf.p95(), dep.median(), dep.p05(), dep.p95()))).append("</title>");
            s.append(line(x(n, dep.p05()), cy, x(n, dep.p95()), cy, colour));
            s.append(line(cx, y(n, inf.p05()), cx, y(n, inf.p95()), colour));
            s.append("<circle cx=\"").append(Svg.num(cx)).append("\" cy=\"").append(Svg.num(cy))
                    .append("\" r=\"4\" fill=\"").append(colour).append("\"/>");
            s.append("<text x=\"").append(Svg.num(cx + 6)).append("\" y=\"").append(Svg.num(cy - 5)).append("\">")
                    .append(Xml.escape(v.variable().id())).append("</text></g>");
        }
        return s.append("</svg>").toString();
    }

    static Sector mostProbable(VariableRobustness v) {
        Sector best = Sector.AUTONOMOUS;
        for (Sector s : Sector.values()) {
            if (v.probability(s) > v.probability(best)) {
                best = s;
            }
        }
        return best;
    }

    /** Rank 1 on the right. */
    private static double x(int n, double rank) {
        return LEFT + SIZE * (n <= 1 ? 0.5 : (n - rank) / (n - 1.0)) * 0.94 + SIZE * 0.03;
    }

    /** Rank 1 at the top. */
    private static double y(int n, double rank) {
        return TOP + SIZE * (n <= 1 ? 0.5 : (rank - 1) / (n - 1.0)) * 0.94 + SIZE * 0.03;
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + Svg.num(x1) + "\" y1=\"" + Svg.num(y1) + "\" x2=\"" + Svg.num(x2) + "\" y2=\""
                + Svg.num(y2) + "\" stroke=\"" + colour + "\" stroke-width=\"1.5\"/>";
    }
}
