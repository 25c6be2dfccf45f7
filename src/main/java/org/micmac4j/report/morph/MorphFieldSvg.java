package org.micmac4j.report.morph;

import java.math.BigInteger;

import org.micmac4j.morph.MorphologicalResult;
import org.micmac4j.report.internal.render.Svg;
import org.micmac4j.report.internal.render.TextFit;
import org.micmac4j.report.internal.render.Xml;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * The morphological box (Zwicky): one column per parameter, its values below it. The values of
 * one consistent configuration are highlighted; every value shows how many consistent
 * configurations hold it; values that none holds are greyed and struck through.
 */
final class MorphFieldSvg {
    private static final double COL_W = 118;
    private static final double HEAD_H = 44;
    private static final double CELL_H = 38;
    private static final double FONT = 12;
    /** Parameters per band: wider fields are drawn in several bands, one under the other. */
    static final int BAND = 10;

    private MorphFieldSvg() {
    }

    /**
     * @param result the analysis
     * @param highlighted the configuration to highlight, or null
     * @param title the picture's title
     * @return the SVG markup
     */
    static String render(MorphologicalResult result, Scenario highlighted, String title) {
        ScenarioSpace space = result.space();
        int n = space.descriptorCount();
        int rows = 0;
        for (int p = 0; p < n; p++) {
            rows = Math.max(rows, space.variantCount(p));
        }
        int bands = (n + BAND - 1) / BAND;
        double bandH = HEAD_H + CELL_H * rows + 14;
        double w = COL_W * Math.min(n, BAND) + 12;
        double h = bandH * bands;
        Svg svg = new Svg(w, h, title, FONT);
        for (int p = 0; p < n; p++) {
            double x = 6 + COL_W * (p % BAND);
            double top = bandH * (p / BAND);
            svg.rect(x, top + 6, COL_W - 4, HEAD_H - 10, "fill=\"#eef2f6\" stroke=\"#b8c2cc\"");
            svg.text(x + (COL_W - 4) / 2, top + 6 + (HEAD_H - 10) / 2 + 4,
                    TextFit.fit(space.descriptor(p).id(), COL_W - 26, FONT),
                    "text-anchor=\"middle\" font-weight=\"bold\"");
            for (int v = 0; v < space.variantCount(p); v++) {
                int g = space.offset(p) + v;
                double y = top + HEAD_H + CELL_H * v;
                BigInteger s = result.survival(g);
                boolean on = highlighted != null && highlighted.variant(p) == v;
                boolean dead = s.signum() == 0;
                String fill = on ? "#f6c85f" : dead ? "#f1f1f1" : "#ffffff";
                svg.raw("<g><title>" + Xml.escape(result.field().label(g) + ": " + s + " consistent configuration"
                        + (s.equals(BigInteger.ONE) ? "" : "s")) + "</title>\n");
                svg.rect(x, y, COL_W - 4, CELL_H - 4, "fill=\"" + fill + "\" stroke=\""
                        + (on ? "#b07d00" : "#c9d1d9") + "\"" + (on ? " stroke-width=\"2\"" : ""));
                String label = TextFit.fit(space.descriptor(p).variant(v).id(), COL_W - 12, FONT);
                svg.text(x + 6, y + 15, label, (dead ? "fill=\"#999\" text-decoration=\"line-through\"" : "")
                        + (on ? " font-weight=\"bold\"" : ""));
                svg.text(x + COL_W - 10, y + 29, s.toString(), "text-anchor=\"end\" font-size=\"10\" fill=\"#555\"");
                svg.raw("</g>\n");
            }
        }
        return svg.end();
    }
}
