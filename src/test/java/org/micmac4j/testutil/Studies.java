package org.micmac4j.testutil;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.Variable;
import org.micmac4j.io.MatrixCsv;

/** Matrices for report tests: the example study and a random one with awkward names. */
public final class Studies {
    private Studies() {
    }

    public static MicmacResult example() throws IOException {
        Path dir = Path.of("examples/hdf-industry-2040");
        return Micmac.withDefaults().analyze(MatrixCsv.read(dir.resolve("matrix.csv"), dir.resolve("variables.csv")));
    }

    /**
     * @param n number of variables
     * @param seed random seed
     * @return an analysis of a random 0..3 + P matrix whose names and groups need XML escaping
     */
    public static MicmacResult random(int n, long seed) {
        Random rnd = new Random(seed);
        List<Variable> vs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("V%03d", i + 1);
            vs.add(Variable.of(id, "Variable é'&<\"> n°" + (i + 1)).withGroup("Group " + (char) ('A' + i % 7)
                    + " & co's <block>"));
        }
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(vs);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double u = rnd.nextDouble();
                    if (u < 0.01) {
                        b.potential(i, j);
                    } else if (u < 0.25) {
                        b.set(i, j, 1 + rnd.nextInt(3));
                    }
                }
            }
        }
        return Micmac.withDefaults().analyze(b.build());
    }
}
