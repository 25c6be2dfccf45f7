package org.micmac4j.report;

import java.util.Locale;

import org.micmac4j.MicmacResult;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.ViewResult;

/**
 * {@code results.csv}: one row per variable with its id, name and group, then for each view
 * (direct, indirect, potential_direct, potential_indirect) its influence and dependence on the
 * comparable scale, their ranks and the sector. Comma-separated, RFC 4180 quoting, UTF-8.
 */
public final class ResultsCsv {
    private ResultsCsv() {
    }

    /**
     * @param result an analysis
     * @return the CSV text, lines ending in {@code \n}
     */
    public static String of(MicmacResult result) {
        StringBuilder sb = new StringBuilder("id,name,group");
        for (View v : View.values()) {
            String p = v.name().toLowerCase(Locale.ROOT);
            sb.append(',').append(p).append("_influence,").append(p).append("_dependence,").append(p)
                    .append("_influence_rank,").append(p).append("_dependence_rank,").append(p).append("_sector");
        }
        sb.append('\n');
        for (int i = 0; i < result.variables().size(); i++) {
            Variable var = result.variables().get(i);
            sb.append(quote(var.id())).append(',').append(quote(var.name())).append(',')
                    .append(quote(var.group().orElse("")));
            for (View v : View.values()) {
                ViewResult r = result.view(v);
                sb.append(',').append(number(r.influence(i))).append(',').append(number(r.dependence(i))).append(',')
                        .append(r.influenceRank(i)).append(',').append(r.dependenceRank(i)).append(',')
                        .append(r.sector(i));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        // Enough digits to rank again from the file; plain notation for spreadsheets.
        return new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }

    /**
     * @param s a field
     * @return it, quoted when it holds a comma, quote or line break
     */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
