package org.micmac4j.ism;

import org.micmac4j.internal.Messages;
import org.micmac4j.io.CsvTable;

/** Reads a square 0/1 reachability matrix (cells 0, 1 or 1*) from a labelled table. */
final class ReachabilityReader {
    private ReachabilityReader() {
    }

    static IsmInput read(CsvTable t) {
        int n = t.rows();
        Messages.require(n == t.columns(), "%s: a reachability matrix must be square: %d rows, %d columns",
                t.source(), n, t.columns());
        Messages.require(n > 0, "%s: no row under the header", t.source());
        for (int k = 0; k < n; k++) {
            Messages.require(t.rowLabels().get(k).equals(t.columnLabels().get(k)),
                    "%s: row %d is labelled '%s' but column %d is labelled '%s' (a reachability matrix needs the "
                            + "same labels on rows and columns, in the same order)",
                    t.source(), k + 1, Messages.token(t.rowLabels().get(k)), k + 1,
                    Messages.token(t.columnLabels().get(k)));
        }
        boolean[][] m = new boolean[n][n];
        boolean[][] marked = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                String cell = t.cell(i, j);
                switch (cell) {
                    case "0":
                        break;
                    case "1":
                        m[i][j] = true;
                        break;
                    case "1*":
                        m[i][j] = true;
                        marked[i][j] = true;
                        break;
                    default:
                        throw Messages.invalid("%s: '%s' is not a reachability value (expected 0, 1 or 1*)",
                                t.where(i, j), Messages.token(cell));
                }
            }
        }
        return new IsmInput(IsmInput.Kind.REACHABILITY, t.source(), t.rowLabels(), m, marked);
    }
}
