package org.micmac4j.ism;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.internal.Messages;
import org.micmac4j.io.CsvTable;

/** Reads an SSIM from a labelled table: upper-triangle or full-square layout. */
final class SsimReader {
    private SsimReader() {
    }

    static IsmInput read(CsvTable t) {
        int rows = t.rows();
        Messages.require(rows > 0, "%s: no SSIM row under the header", t.source());
        boolean square = t.rowLabels().equals(t.columnLabels());
        int offset = square ? 0 : 1;
        if (!square) {
            checkTriangleLabels(t);
        }
        List<String> ids = new ArrayList<>(t.rowLabels());
        if (!square) {
            ids.add(t.columnLabels().get(t.columns() - 1));
        }
        int n = ids.size();
        boolean[][] m = new boolean[n][n];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < t.columns(); c++) {
                int j = c + offset;
                if (j <= r) {
                    continue;
                }
                String token = t.cell(r, c);
                Messages.require(!token.isEmpty(), "%s: missing SSIM entry above the diagonal (expected V, A, X or O)",
                        t.where(r, c));
                SsimCode code = SsimCode.parse(token);
                Messages.require(code != null, "%s: '%s' is not an SSIM symbol (expected V, A, X or O)",
                        t.where(r, c), Messages.token(token));
                code.apply(m, r, j);
            }
        }
        return new IsmInput(IsmInput.Kind.SSIM, t.source(), ids, m, new boolean[n][n]);
    }

    /** Upper triangle: rows are ids 1..n-1, columns ids 2..n, so row k+1 and column k share a label. */
    private static void checkTriangleLabels(CsvTable t) {
        List<String> rowLabels = t.rowLabels();
        List<String> columnLabels = t.columnLabels();
        Messages.require(rowLabels.size() == columnLabels.size(),
                "%s: an SSIM has either the same labels on rows and columns (full square) or rows for ids 1..n-1 "
                        + "and columns for ids 2..n (upper triangle); this one has %d rows and %d columns",
                t.source(), rowLabels.size(), columnLabels.size());
        for (int k = 0; k + 1 < rowLabels.size(); k++) {
            Messages.require(rowLabels.get(k + 1).equals(columnLabels.get(k)),
                    "%s: SSIM labels do not match: row %d is '%s' but column %d is '%s' (upper triangle: rows are "
                            + "ids 1..n-1 and columns ids 2..n; full square: the same labels on rows and columns)",
                    t.source(), k + 2, Messages.token(rowLabels.get(k + 1)), k + 1,
                    Messages.token(columnLabels.get(k)));
        }
    }
}
