package org.micmac4j.report.internal;

import java.util.List;

import org.micmac4j.Sector;
import org.micmac4j.View;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.experts.VariableRobustness;
import org.micmac4j.report.internal.render.Numbers;
import org.micmac4j.report.internal.render.Svg;
import org.micmac4j.report.internal.render.Xml;

/**
 * One stacked horizontal bar per variable: the share of Monte Carlo draws that put it in each
 * sector of a view, in variable order, with a dashed line at the key-variable threshold.
 */
final class SectorProbabilitySvg {
    static final String[] COLOURS = {"#b03a2e", "#7d3c98", "#1f618d", "#aab4bd"};
    private static final double LEFT = 130;
    private static final double WIDTH = 620;
    private static final double ROW = 20;
    private static final double TOP = 70;

    private SectorProbabilitySvg() {
    }

    static String of(RobustnessResult r, View view) {
        List<VariableRobustness> vars = r.view(view);
        double height = TOP + vars.size() * ROW + 50;
        double total = LEFT + WIDTH + 40;
        StringBuilder s = new StringBuilder();
        s.append(String.format(java.util.Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\" "
                        + "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">",
                Svg.num(total), Svg.num(height), Svg.num(total), Svg.num(height)));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        s.append("<text x=\"").append(Svg.num(LEFT)).append("\" y=\"22\" font-size=\"15\" font-weight=\"bold\">")
                .append(Xml.escape("Sector probability, " + ViewJson.key(view) + " view (" + r.draws() + " draws)"))
                .append("</text>");
        double lx = LEFT;
        for (Sector sec : Sector.values()) {
            s.append(rect(lx, 34, 12, 12, COLOURS[sec.ordinal()]));
            s.append("<text x=\"").append(Svg.num(lx + 16)).append("\" y=\"45\">").append(sec.name()).append("</text>");
            lx += 120;
        }
        for (int i = 0; i < vars.size(); i++) {
            VariableRobustness v = vars.get(i);
            double y = TOP + i * ROW;
            s.append("<text x=\"").append(Svg.num(LEFT - 8)).append("\" y=\"").append(Svg.num(y + 14))
                    .append("\" text-anchor=\"end\">").append(Xml.escape(v.variable().id())).append("</text>");
            double x = LEFT;
            for (Sector sec : Sector.values()) {
                double w = WIDTH * v.probability(sec);
                if (w > 0) {
                    s.append("<rect x=\"").append(Numbers.fixed(x, 2)).append("\" y=\"").append(Svg.num(y + 2))
                            .append("\" width=\"").append(Numbers.fixed(w, 2)).append("\" height=\"")
                            .append(Svg.num(ROW - 4)).append("\" fill=\"").append(COLOURS[sec.ordinal()])
                            .append("\"><title>").append(Xml.escape(v.variable().id() + " " + sec.name() + " "
                                    + Numbers.fixed(v.probability(sec), 3))).append("</title></rect>");
                }
                x += w;
            }
        }
        double bottom = TOP + vars.size() * ROW;
        for (int t = 0; t <= 4; t++) {
            double x = LEFT + WIDTH * t / 4.0;
            s.append("<line x1=\"").append(Svg.num(x)).append("\" y1=\"").append(Svg.num(bottom)).append("\" x2=\"")
                    .append(Svg.num(x)).append("\" y2=\"").append(Svg.num(bottom + 5)).append("\" stroke=\"#555\"/>");
            s.append("<text x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(bottom + 18))
                    .append("\" text-anchor=\"middle\">").append(t * 25).append(" %</text>");
        }
        double key = LEFT + WIDTH * r.config().keyThreshold();
        s.append("<line x1=\"").append(Svg.num(key)).append("\" y1=\"").append(Svg.num(TOP - 4)).append("\" x2=\"")
                .append(Svg.num(key)).append("\" y2=\"").append(Svg.num(bottom)).append(
                        "\" stroke=\"#222\" stroke-dasharray=\"4 3\"/>");
        s.append("<text x=\"").append(Svg.num(key)).append("\" y=\"").append(Svg.num(bottom + 34))
                .append("\" font-size=\"11\" text-anchor=\"end\">key threshold (INFLUENT + RELAY) \u2192</text>");
        return s.append("</svg>").toString();
    }

    static String rect(double x, double y, double w, double h, String fill) {
        return "<rect x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\" width=\"" + Svg.num(w) + "\" height=\""
                + Svg.num(h) + "\" fill=\"" + fill + "\"/>";
    }
}
