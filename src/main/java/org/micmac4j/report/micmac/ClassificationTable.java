package org.micmac4j.report.micmac;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.Displacement;
import org.micmac4j.MicmacResult;
import org.micmac4j.Sector;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.report.internal.render.Numbers;
import org.micmac4j.report.internal.render.TextTable;

/**
 * The classification table as plain text, for a terminal: one row per variable with its id, name,
 * direct and indirect influence and dependence ranks, its sector in each of the four views, and
 * its displacement from the direct to the indirect view.
 *
 */
final class ClassificationTable {
    /** Names longer than this are shortened with an ellipsis so that rows fit a wide terminal. */
    static final int NAME_WIDTH = 34;

    private ClassificationTable() {
    }

    /**
     * @param result an analysis
     * @return the table, lines ending in {@code \n}
     */
    static String of(MicmacResult result) {
        ViewResult d = result.view(View.DIRECT);
        ViewResult in = result.view(View.INDIRECT);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "name", "D.inf", "D.dep", "I.inf", "I.dep", "direct", "indirect", "pot.direct",
            "pot.indirect", "displacement (direct -> indirect)"});
        for (int i = 0; i < d.size(); i++) {
            Displacement m = result.displacement(i, View.DIRECT, View.INDIRECT);
            rows.add(new String[] {d.variables().get(i).id(), shorten(d.variables().get(i).name()),
                Integer.toString(d.influenceRank(i)), Integer.toString(d.dependenceRank(i)),
                Integer.toString(in.influenceRank(i)), Integer.toString(in.dependenceRank(i)), label(d.sector(i)),
                label(in.sector(i)), label(result.view(View.POTENTIAL_DIRECT).sector(i)),
                label(result.view(View.POTENTIAL_INDIRECT).sector(i)), describe(m)});
        }
        return TextTable.render(rows, 2, 6);
    }

    /**
     * Describes a move in words a reader scans quickly, e.g. {@code inf +3, dep -1, RELAY -> INFLUENT}.
     *
     * @param m a displacement
     * @return the description; {@code =} when nothing moved
     */
    static String describe(Displacement m) {
        List<String> parts = new ArrayList<>(3);
        if (m.influenceRankShift() != 0) {
            parts.add("inf " + Numbers.signed(m.influenceRankShift()));
        }
        if (m.dependenceRankShift() != 0) {
            parts.add("dep " + Numbers.signed(m.dependenceRankShift()));
        }
        if (m.sectorChanged()) {
            parts.add(m.sectorFrom() + " -> " + m.sectorTo());
        }
        return parts.isEmpty() ? "=" : String.join(", ", parts);
    }

    private static String label(Sector s) {
        return s.name();
    }

    private static String shorten(String name) {
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
    }
}
