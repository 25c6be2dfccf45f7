package org.micmac4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.micmac4j.ism.IsmResult;
import org.micmac4j.ism.IsmVariable;
import org.micmac4j.ism.LevelNumbering;

/**
 * An ISM result as plain text, for a terminal: one row per variable (id, driving power,
 * dependence power, level, ISM-MICMAC cluster), then the levels.
 *
 * <pre>{@code
 * System.out.print(IsmTable.of(result));
 * }</pre>
 */
public final class IsmTable {
    private IsmTable() {
    }

    /**
     * @param result an ISM analysis
     * @return the table and the levels, lines ending in {@code \n}
     */
    public static String of(IsmResult result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "driving", "dependence", "level", "cluster"});
        for (IsmVariable v : result.variables()) {
            rows.add(new String[] {v.id(), Integer.toString(v.drivingPower()), Integer.toString(v.dependencePower()),
                roman(v.level()), v.cluster().name()});
        }
        StringBuilder sb = new StringBuilder(TextTable.render(rows, 1, 4));
        sb.append('\n').append("Levels (").append(levelMeaning(result.config().levelNumbering())).append("):\n");
        List<List<String>> levels = result.levels();
        for (int k = 0; k < levels.size(); k++) {
            sb.append(String.format(Locale.ROOT, "  %-5s %s", roman(k + 1), String.join(", ", levels.get(k)))).append('\n');
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

    /**
     * @param v a threshold on counts (a whole number or a half, e.g. n/2)
     * @return it without trailing zeros: {@code 4}, {@code 4.5}
     */
    public static String count(double v) {
        return Double.isFinite(v) ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "—";
    }

    /**
     * @param k a level number, 1 or more
     * @return it in Roman numerals, as ISM papers print levels (I, II, ..., XIV)
     */
    static String roman(int k) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = k;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }
}
