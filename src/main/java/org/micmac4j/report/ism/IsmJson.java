package org.micmac4j.report.ism;

import org.micmac4j.ism.IsmCell;
import org.micmac4j.ism.IsmEdge;
import org.micmac4j.ism.IsmInput;
import org.micmac4j.ism.IsmResult;
import org.micmac4j.ism.IsmVariable;
import org.micmac4j.report.internal.render.JsonWriter;

import java.util.List;

/**
 * The machine-readable form of an ISM result, as printed by {@code micmac ism --json}:
 *
 * <pre>
 * {"settings":{"input":"SSIM|REACHABILITY","closure":"TRANSITIVE|AS_GIVEN",
 *              "partition":"TOP_DOWN|BOTTOM_UP",
 *              "levelNumbering":"FROM_SINKS|FROM_SOURCES","split":"FIXED|MEAN|...","equalCountsAsHigh":true},
 *  "thresholds":{"driving":t,"dependence":t},
 *  "variables":[{"id":..,"drivingPower":p,"dependencePower":q,"level":l,
 *                "cluster":"AUTONOMOUS|DEPENDENT|LINKAGE|INDEPENDENT"}],
 *  "levels":[[ids of level 1],[ids of level 2],...],
 *  "transitiveCellCount":m,
 *  "transitiveCells":[{"from":..,"to":..}],      (only when asked for)
 *  "edges":[{"from":..,"to":..,"withinCycle":bool}]}
 * </pre>
 *
 * {@code transitiveCells} are the entries of the final reachability matrix added by transitivity
 * (printed 1*), or with {@code AS_GIVEN} the cells the input marked 1*: up to n² of them, so they
 * are listed only when asked for ({@link IsmReport#withTransitiveCellsListed}); their number is
 * always given. {@code edges} is the digraph with transitive edges removed (the level diagram's
 * arrows); {@code input} is omitted when unknown.
 */
final class IsmJson {
    private IsmJson() {
    }

    /**
     * @param result an ISM analysis
     * @param input the kind of input it was made from, or null
     * @param listCells whether to list the transitive cells
     * @param out where the document goes, one line
     */
    static void write(IsmResult result, IsmInput.Kind input, boolean listCells, Appendable out) {
        JsonWriter w = new JsonWriter(out).beginObject();
        w.name("settings").beginObject();
        if (input != null) {
            w.name("input").value(input.name());
        }
        w.name("closure").value(result.config().closure().name()).name("partition")
                .value(result.config().partition().name()).name("levelNumbering")
                .value(result.config().levelNumbering().name()).name("split").value(result.config().split().name())
                .name("equalCountsAsHigh").value(result.config().equalCountsAsHigh()).endObject();
        w.name("thresholds").beginObject().name("driving").value(result.thresholds().influence()).name("dependence")
                .value(result.thresholds().dependence()).endObject();
        w.name("variables").beginArray();
        for (IsmVariable v : result.variables()) {
            w.beginObject().name("id").value(v.id()).name("drivingPower").value(v.drivingPower())
                    .name("dependencePower").value(v.dependencePower()).name("level").value(v.level())
                    .name("cluster").value(v.cluster().name()).endObject();
        }
        w.endArray();
        w.name("levels").beginArray();
        for (List<String> level : result.levels()) {
            w.beginArray();
            level.forEach(w::value);
            w.endArray();
        }
        w.endArray();
        w.name("transitiveCellCount").value(result.transitiveCellCount());
        if (listCells) {
            w.name("transitiveCells").beginArray();
            for (IsmCell c : result.transitiveCells()) {
                w.beginObject().name("from").value(c.from()).name("to").value(c.to()).endObject();
            }
            w.endArray();
        }
        w.name("edges").beginArray();
        for (IsmEdge e : result.reducedEdges()) {
            w.beginObject().name("from").value(e.from()).name("to").value(e.to()).name("withinCycle")
                    .value(e.withinCycle()).endObject();
        }
        w.endArray().endObject().finish();
    }
}
