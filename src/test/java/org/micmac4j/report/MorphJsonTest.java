package org.micmac4j.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.micmac4j.morph.MorphologicalAnalysis;
import org.micmac4j.morph.MorphologicalField;
import org.micmac4j.morph.PairScale;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;

class MorphJsonTest {
    /** Spaces and counts beyond 2^63 are printed exactly, as JSON integers. */
    @Test
    void countsBeyondLongRangeAreExact() {
        List<Descriptor> ds = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            ds.add(Descriptor.ofIds("P" + p, "1", "2", "3", "4", "5"));
        }
        MorphologicalField f = MorphologicalField.of(ScenarioSpace.of(ds), PairScale.BINARY)
                .withScore("P0", "1", "P1", "1", 0);
        String json = MorphJson.of(MorphologicalAnalysis.withDefaults().withLimit(1).analyze(f));
        BigInteger five = BigInteger.valueOf(5);
        assertTrue(json.startsWith("{\"space\":" + five.pow(40) + ","), json.substring(0, 60));
        assertTrue(json.contains("\"count\":" + five.pow(40).subtract(five.pow(38)) + ","));
        assertTrue(json.contains("\"P0=1\":" + five.pow(39).subtract(five.pow(38)) + ","));
    }
}
