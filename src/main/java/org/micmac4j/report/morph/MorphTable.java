package org.micmac4j.report.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.micmac4j.morph.MorphologicalResult;
import org.micmac4j.report.internal.SheetTable;
import org.micmac4j.report.internal.render.TextTable;

/**
 * The tables of {@link MorphSheets} as plain text for the terminal: the survival count of every
 * value (a value that no consistent configuration holds is marked "excluded" or "impossible"),
 * then the listed configurations.
 */
final class MorphTable {
    private MorphTable() {
    }

    /**
     * @param result a morphological analysis
     * @return the survival table, the parameter named on its first value only, shares in percent
     */
    static String survival(MorphologicalResult result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"parameter", "value", "configurations", "share", ""});
        String last = null;
        for (List<Object> r : MorphSheets.survival(result).rows()) {
            String parameter = (String) r.get(0);
            rows.add(new String[] {parameter.equals(last) ? "" : parameter, (String) r.get(1), r.get(2).toString(),
                r.get(3) == null ? "" : String.format(Locale.ROOT, "%.1f %%", 100 * (Double) r.get(3)),
                (String) r.get(4)});
            last = parameter;
        }
        return TextTable.render(rows, 2, 4);
    }

    /**
     * @param result a morphological analysis
     * @return the listed configurations, one per line, with their score on the ordinal scale
     */
    static String configurations(MorphologicalResult result) {
        SheetTable t = MorphSheets.configurations(result);
        List<String[]> rows = new ArrayList<>();
        rows.add(t.header().toArray(String[]::new));
        for (List<Object> r : t.rows()) {
            rows.add(r.stream().map(c -> c == null ? "" : c.toString()).toArray(String[]::new));
        }
        return TextTable.render(rows, t.header().size() - 1, t.header().size());
    }
}
