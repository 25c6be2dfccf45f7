package org.micmac4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.Ranking;
import org.micmac4j.View;
import org.micmac4j.io.MatrixCsv;

/** Runs the JGraphT example and checks its taus against Commons Math's Kendall tau-b. */
@Isolated // prints to System.out
class JGraphTCentralityTest {

    @Test
    void printsTheTausOfMicmacAgainstPageRank() throws Exception {
        MicmacResult result = Micmac.withDefaults()
                .analyze(MatrixCsv.read(Path.of("examples/hdf-industry-2040/matrix.csv")));
        Ranking micmac = result.view(View.INDIRECT).ranking();
        Ranking pageRank = JGraphTCentrality.pageRank(result);
        KendallsCorrelation oracle = new KendallsCorrelation();
        double influence = oracle.correlation(toDouble(micmac.influenceRanks()), toDouble(pageRank.influenceRanks()));
        double dependence = oracle.correlation(toDouble(micmac.dependenceRanks()),
                toDouble(pageRank.dependenceRanks()));

        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            JGraphTCentrality.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith(String.format(Locale.ROOT, "MICMAC indirect (k = %d) vs JGraphT PageRank: "
                + "influence tau = %.3f, dependence tau = %.3f", result.order(), influence, dependence)), out);
        assertEquals(2 + result.variables().size(), out.lines().count(), out);
        // Both rank what flows along the same edges: they cannot disagree at random.
        assertTrue(influence > 0 && dependence > 0, out);
    }

    private static double[] toDouble(int[] ranks) {
        return Arrays.stream(ranks).asDoubleStream().toArray();
    }
}
