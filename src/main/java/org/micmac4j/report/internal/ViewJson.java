package org.micmac4j.report.internal;

import java.util.Locale;

import org.micmac4j.Sector;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.experts.RankSummary;
import org.micmac4j.experts.VariableRobustness;
import org.micmac4j.report.internal.render.JsonWriter;

/**
 * The JSON pieces that the MICMAC, experts and robustness documents share: the member name of a
 * view, one variable's place in a view, one variable's robustness in a view.
 */
public final class ViewJson {
    private ViewJson() {
    }

    /**
     * @param view a view
     * @return its JSON member name: direct, indirect, potentialDirect, potentialIndirect
     */
    public static String key(View view) {
        String[] parts = view.name().toLowerCase(Locale.ROOT).split("_");
        return parts.length == 1 ? parts[0] : parts[0] + Character.toUpperCase(parts[1].charAt(0))
                + parts[1].substring(1);
    }

    /**
     * Writes one variable's per-view object: influence, dependence, their ranks, sector.
     *
     * @param w the writer
     * @param r the view
     * @param i the variable index
     */
    public static void writeView(JsonWriter w, ViewResult r, int i) {
        w.beginObject().name("influence").value(r.influence(i)).name("dependence").value(r.dependence(i))
                .name("influenceRank").value(r.influenceRank(i)).name("dependenceRank").value(r.dependenceRank(i))
                .name("sector").value(r.sector(i).name()).endObject();
    }

    /**
     * Writes one variable's robustness in one view: sector probabilities and rank summaries.
     *
     * @param w the writer
     * @param r the variable's robustness
     */
    public static void writeRobustness(JsonWriter w, VariableRobustness r) {
        w.beginObject().name("sectorProbability").beginObject();
        for (Sector s : Sector.values()) {
            w.name(s.name()).value(r.probability(s));
        }
        w.endObject();
        writeRank(w.name("influenceRank"), r.influenceRank());
        writeRank(w.name("dependenceRank"), r.dependenceRank());
        w.endObject();
    }

    private static void writeRank(JsonWriter w, RankSummary s) {
        w.beginObject().name("median").value(s.median()).name("p05").value(s.p05()).name("p95").value(s.p95())
                .endObject();
    }
}
