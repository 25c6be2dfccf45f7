package org.micmac4j.report.micmac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.Displacement;
import org.micmac4j.MicmacResult;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.report.internal.render.HtmlPage;
import org.micmac4j.scenario.KeyVariables;

/**
 * The top of the MICMAC page, what an analyst reads first: the key variables (INFLUENT or RELAY
 * in the indirect view, as {@link KeyVariables} selects them for the scenarios), the variables that
 * change sector from the direct to the indirect view, variables that share a point of a plane,
 * and the indirect plane.
 */
final class MicmacFindings {
    /** Most rows in each list of the findings (every variable is in the classification table). */
    static final int LISTED = 50;

    private MicmacFindings() {
    }

    static void html(HtmlPage h, MicmacResult r, Map<String, String> plane) {
        ViewResult d = r.view(View.DIRECT);
        ViewResult in = r.view(View.INDIRECT);
        h.section("findings", "Findings");
        List<Variable> keys = KeyVariables.withDefaults().select(r);
        List<Integer> keyIndex = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (keys.contains(in.variables().get(i))) {
                keyIndex.add(i);
            }
        }
        keyIndex.sort(Comparator.comparingInt(in::influenceRank));
        h.raw("<p>").text(keys.size() + " key variables: the INFLUENT and RELAY variables of the indirect view, which "
                + "drive the system (RELAY ones are also driven by it, so they pass changes on). They are the "
                + "candidates for scenario descriptors.").raw("</p>\n");
        h.tableHead("id", "name", "group", "indirect sector", "influence rank", "dependence rank", "direct sector");
        for (int i : keyIndex.subList(0, Math.min(LISTED, keyIndex.size()))) {
            Variable v = in.variables().get(i);
            h.raw("<tr>").cell(v.id()).cell(v.name()).cell(v.group().orElse("")).sector(in.sector(i).name())
                    .num(Integer.toString(in.influenceRank(i))).num(Integer.toString(in.dependenceRank(i)))
                    .sector(d.sector(i).name()).raw("</tr>\n");
        }
        h.raw("</table>\n");
        more(h, keyIndex.size());
        List<Displacement> moved = new ArrayList<>(r.displacements(View.DIRECT, View.INDIRECT).stream()
                .filter(Displacement::sectorChanged).toList());
        moved.sort(Comparator.comparingInt((Displacement m) -> -(Math.abs(m.influenceRankShift())
                + Math.abs(m.dependenceRankShift()))).thenComparing(m -> m.variable().id()));
        if (moved.isEmpty()) {
            h.raw("<p>").text("No variable changes sector from the direct to the indirect view: indirect influence "
                    + "confirms the direct reading.").raw("</p>\n");
        } else {
            h.raw("<p>").text(moved.size() + " variable" + (moved.size() == 1 ? " changes" : "s change")
                    + " sector from the direct to the indirect view: their role shows only through indirect "
                    + "influence, which the direct matrix hides.").raw("</p>\n");
            h.tableHead("id", "name", "direct sector", "indirect sector", "influence rank", "dependence rank");
            for (Displacement m : moved.subList(0, Math.min(LISTED, moved.size()))) {
                h.raw("<tr>").cell(m.variable().id()).cell(m.variable().name()).sector(m.sectorFrom().name())
                        .sector(m.sectorTo().name()).num(m.influenceRankFrom() + " → " + m.influenceRankTo())
                        .num(m.dependenceRankFrom() + " → " + m.dependenceRankTo()).raw("</tr>\n");
            }
            h.raw("</table>\n");
            more(h, moved.size());
        }
        List<String> same = new ArrayList<>();
        for (View view : List.of(View.DIRECT, View.INDIRECT)) {
            for (List<Variable> g : samePoint(r.view(view))) {
                same.add(String.join(" and ", g.stream().map(Variable::id).toList()) + " (" + DisplacementSvg.name(view)
                        + " plane)");
            }
        }
        if (!same.isEmpty()) {
            h.raw("<p>").text("On the same point, so one dot on the plane (ringed there): " + String.join("; ",
                    same.subList(0, Math.min(LISTED, same.size()))) + (same.size() > LISTED ? "; …" : "") + ".")
                    .raw("</p>\n");
        }
        h.figures(plane);
    }

    /** Groups of two or more variables with exactly the same influence and dependence in a view. */
    static List<List<Variable>> samePoint(ViewResult v) {
        Map<List<Double>, List<Variable>> at = new java.util.LinkedHashMap<>();
        for (int i = 0; i < v.size(); i++) {
            at.computeIfAbsent(List.of(v.dependence(i), v.influence(i)), k -> new ArrayList<>()).add(v.variables()
                    .get(i));
        }
        return at.values().stream().filter(g -> g.size() > 1).filter(Objects::nonNull).toList();
    }

    private static void more(HtmlPage h, int total) {
        if (total > LISTED) {
            h.muted("The first " + LISTED + " of " + total + "; every variable is in the classification below and in "
                    + "results.csv.");
        }
    }
}
