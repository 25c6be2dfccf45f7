package org.micmac4j.report.ism;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.micmac4j.ism.IsmResult;
import org.micmac4j.ism.IsmVariable;
import org.micmac4j.ism.LevelNumbering;
import org.micmac4j.report.internal.render.Numbers;
import org.micmac4j.report.internal.render.TextTable;

/**
 * An ISM result as plain text, for a terminal: one row per variable (id, driving power,
 * dependence power, level, ISM-MICMAC cluster), then the levels.
 *
 */
final class IsmTable {
    private IsmTable() {
    }

    /**
     * @param result an ISM analysis
     * @return the table and the levels, lines ending in {@code \n}
     */
    static String of(IsmResult result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "driving", "dependence", "level", "cluster"});
        for (IsmVariable v : result.variables()) {
            rows.add(new String[] {v.id(), Integer.toString(v.drivingPower()), Integer.toString(v.dependencePower()),
                Numbers.roman(v.level()), v.cluster().name()});
        }
        StringBuilder sb = new StringBuilder(TextTable.render(rows, 1, 4));
        sb.append('\n').append("Levels (").append(levelMeaning(result.config().levelNumbering())).append("):\n");
        List<List<String>> levels = result.levels();
        for (int k = 0; k < levels.size(); k++) {
            sb.append(String.format(Locale.ROOT, "  %-5s %s", Numbers.roman(k + 1), String.join(", ", levels.get(k))))
                    .append('\n');
        }
        return sb.toString();
    }

    /**
     * @param numbering a level numbering
     * @return what level I means under it
     */
    static String levelMeaning(LevelNumbering numbering) {
        return numbering == LevelNumbering.FROM_SINKS
                ? "I = top of the hierarchy: variables that reach nothing outside their level"
                : "I = bottom of the hierarchy: variables that nothing outside their level reaches";
    }
}
