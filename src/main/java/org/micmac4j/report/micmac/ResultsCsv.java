package org.micmac4j.report.micmac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.micmac4j.MicmacResult;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.ViewResult;
import org.micmac4j.report.internal.render.Numbers;

/**
 * {@code results.csv}: one row per variable with its id, name and group, then for each view
 * (direct, indirect, potential_direct, potential_indirect) its influence and dependence on the
 * comparable scale (10 significant digits, enough to rank again from the file; plain notation for
 * spreadsheets), their ranks and the sector. Comma-separated, RFC 4180 quoting by Commons CSV,
 * lines ending in {@code \n}, UTF-8.
 */
final class ResultsCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private ResultsCsv() {
    }

    /**
     * @param result an analysis
     * @return the CSV text
     */
    static String of(MicmacResult result) {
        StringBuilder sb = new StringBuilder(256 * (result.variables().size() + 1));
        try (CSVPrinter csv = new CSVPrinter(sb, FORMAT)) {
            List<String> header = new ArrayList<>(List.of("id", "name", "group"));
            for (View v : View.values()) {
                String p = v.name().toLowerCase(Locale.ROOT);
                header.addAll(List.of(p + "_influence", p + "_dependence", p + "_influence_rank",
                        p + "_dependence_rank", p + "_sector"));
            }
            csv.printRecord(header);
            ViewResult[] views = new ViewResult[View.values().length];
            for (View v : View.values()) {
                views[v.ordinal()] = result.view(v);
            }
            List<String> row = new ArrayList<>(header.size());
            for (int i = 0; i < result.variables().size(); i++) {
                Variable var = result.variables().get(i);
                row.clear();
                row.add(var.id());
                row.add(var.name());
                row.add(var.group().orElse(""));
                for (ViewResult r : views) {
                    row.add(Numbers.significant(r.influence(i), 10));
                    row.add(Numbers.significant(r.dependence(i), 10));
                    row.add(Integer.toString(r.influenceRank(i)));
                    row.add(Integer.toString(r.dependenceRank(i)));
                    row.add(r.sector(i).name());
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never fails
        }
        return sb.toString();
    }
}
