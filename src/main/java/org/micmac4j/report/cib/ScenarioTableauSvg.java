package org.micmac4j.report.cib;

import java.util.List;
import java.util.Map;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.report.internal.render.Svg;
import org.micmac4j.report.internal.render.TextFit;
import org.micmac4j.report.internal.render.Xml;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * The scenario tableau as ScenarioWizard draws it: descriptors as rows, one column per scenario,
 * in each cell a card with the scenario's variant of that descriptor, coloured by its impact score
 * in the scenario ({@link ImpactColour}: green supported, red opposed, grey none; the score is
 * written in the card's corner), or plain when no single matrix gives scores (an ensemble). The
 * column head gives the scenario's inconsistency, consistency value, total impact score and, when
 * known, its weight (or, for an ensemble, its share of members).
 */
final class ScenarioTableauSvg {
    /** A card's fill when there is no score. */
    private static final String PLAIN = "#f4f6f8";
    private static final double LABEL_W = 230;
    private static final double COL_W = 158;
    private static final double HEAD_H = 58;
    private static final double ROW_H = 58;
    private static final double FONT = 12;

    private ScenarioTableauSvg() {
    }

    /**
     * One column of the tableau.
     *
     * @param scenario the scenario
     * @param stats the first line under the column head (e.g. IC, CV, TIS)
     * @param note the second line, or null
     * @param scores the impact score of each descriptor's chosen variant, or null
     */
    record Column(Scenario scenario, String stats, String note, int[] scores) {
    }

    /** The columns of a solution set: IC, CV, TIS, the weight when known, the impact scores. */
    static List<Column> columns(CibMatrix matrix, List<CibScenario> scenarios, Map<Scenario, Long> weights) {
        return scenarios.stream().map(cs -> {
            Long weight = weights.get(cs.scenario());
            return new Column(cs.scenario(), "IC " + cs.inconsistency() + " · CV " + cs.consistencyValue() + " · TIS "
                    + cs.totalImpactScore(), weight == null ? null : "weight " + weight,
                    ImpactColour.chosen(matrix, cs.scenario()));
        }).toList();
    }

    static String render(ScenarioSpace space, List<Column> columns, String title) {
        int n = space.descriptorCount();
        double w = LABEL_W + COL_W * Math.max(1, columns.size()) + 12;
        double h = HEAD_H + ROW_H * n + 12;
        Svg svg = new Svg(w, h, title, FONT);
        int maxAbs = 1;
        for (Column c : columns) {
            for (int d = 0; c.scores() != null && d < n; d++) {
                maxAbs = Math.max(maxAbs, Math.abs(c.scores()[d]));
            }
        }
        for (int d = 0; d < n; d++) {
            Descriptor desc = space.descriptor(d);
            double y = HEAD_H + ROW_H * d;
            if (d % 2 == 0) {
                svg.rect(0, y, w, ROW_H, "fill=\"#f6f8fa\"");
            }
            svg.text(8, y + 19, TextFit.fit(desc.id(), LABEL_W - 16, FONT), "font-weight=\"bold\"");
            svg.text(8, y + 35, TextFit.fit(desc.name(), LABEL_W - 16, FONT - 1), "fill=\"#555\" font-size=\"11\"");
        }
        for (int s = 0; s < columns.size(); s++) {
            Column cs = columns.get(s);
            double x = LABEL_W + COL_W * s;
            svg.text(x + COL_W / 2, 20, "Scenario " + (s + 1), "text-anchor=\"middle\" font-weight=\"bold\"");
            svg.text(x + COL_W / 2, 36, cs.stats(), "text-anchor=\"middle\" font-size=\"11\"");
            if (cs.note() != null) {
                svg.text(x + COL_W / 2, 50, cs.note(), "text-anchor=\"middle\" font-size=\"11\" fill=\"#555\"");
            }
            for (int d = 0; d < n; d++) {
                int v = cs.scenario().variant(d);
                double y = HEAD_H + ROW_H * d;
                String name = space.descriptor(d).variant(v).name();
                String id = space.descriptor(d).variant(v).id();
                int[] scores = cs.scores();
                svg.raw("<g><title>" + Xml.escape(space.descriptor(d).id() + " " + id + ": " + name
                        + (scores == null ? "" : " (impact " + ImpactColour.signed(scores[d]) + ")")) + "</title>\n");
                svg.rect(x + 5, y + 4, COL_W - 10, ROW_H - 8, "rx=\"6\" fill=\"" + (scores == null ? PLAIN
                        : ImpactColour.fill(scores[d], maxAbs)) + "\" stroke=\"#8a98a8\" stroke-width=\"0.8\"");
                svg.text(x + 12, y + 19, id, "font-weight=\"bold\"");
                if (scores != null) {
                    svg.text(x + COL_W - 12, y + 19, ImpactColour.signed(scores[d]), "text-anchor=\"end\" "
                            + "font-size=\"11\" fill=\"#333\"");
                }
                if (!name.equals(id)) {
                    List<String> lines = TextFit.wrap(name, COL_W - 22, FONT - 1.5, 2);
                    for (int l = 0; l < lines.size(); l++) {
                        svg.text(x + 12, y + 33 + 13 * l, lines.get(l), "font-size=\"10.5\"");
                    }
                }
                svg.raw("</g>\n");
            }
        }
        return svg.end();
    }
}
