package org.micmac4j.examples;

import java.nio.file.Path;

import org.micmac4j.Displacement;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.View;
import org.micmac4j.io.MatrixCsv;

/**
 * Prints the variables whose place changes between the direct and the indirect view: the hidden
 * influences that only indirect paths reveal.
 *
 * <p>Usage: {@code CompareViews [MATRIX.csv]}, by default the example study's matrix.
 */
public final class CompareViews {
    private CompareViews() {
    }

    /**
     * @param args optional matrix file
     * @throws Exception when the file cannot be read
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/hdf-industry-2040/matrix.csv");
        MicmacResult result = Micmac.withDefaults().analyze(MatrixCsv.read(file));

        System.out.println("direct -> indirect (k = " + result.order() + ")");
        for (Displacement d : result.displacements(View.DIRECT, View.INDIRECT)) {
            if (d.sectorChanged() || Math.abs(d.influenceRankShift()) >= 3) {
                System.out.printf("%-8s influence rank %2d -> %2d, %s -> %s%n", d.variable().id(),
                        d.influenceRankFrom(), d.influenceRankTo(), d.sectorFrom(), d.sectorTo());
            }
        }
    }
}
