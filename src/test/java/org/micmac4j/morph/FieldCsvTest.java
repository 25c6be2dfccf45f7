package org.micmac4j.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.micmac4j.InvalidInputException;

class FieldCsvTest {
    private static final String FULL = String.join("\n",
            "value,A=1,A=2,B=x,B=y",
            "A=1,,,1,0",
            "A=2,,,1,1",
            "B=x,1,1,,",
            "B=y,0,1,,");

    @Test
    void readsAFullTable() {
        MorphologicalField f = FieldCsv.parse(FULL, "t.csv", PairScale.BINARY);
        assertEquals(2, f.space().descriptorCount());
        assertEquals("B=y", f.label(3));
        // consistent: (1,x) (2,x) (2,y); excluded: (1,y)
        assertEquals(BigInteger.valueOf(3), MorphologicalAnalysis.withDefaults().analyze(f).count());
    }

    @Test
    void readsOneTriangle() {
        String lower = String.join("\n", "value,A=1,A=2,B=x,B=y", "A=1,,,,", "A=2,,,,", "B=x,1,1,,", "B=y,0,1,,");
        assertEquals(FieldCsv.parse(FULL, "t.csv", PairScale.BINARY), FieldCsv.parse(lower, "t.csv", PairScale.BINARY));
    }

    @Test
    void ordinalScoresRankConfigurations() {
        String t = String.join("\n", "value,A=1,A=2,B=x,B=y", "A=1,,,+2,-2", "A=2,,,-1,1", "B=x,2,-1,,", "B=y,-2,1,,");
        MorphologicalResult r = MorphologicalAnalysis.withDefaults().analyze(FieldCsv.parse(t, "t.csv",
                PairScale.ORDINAL));
        assertEquals(BigInteger.valueOf(3), r.count());
        assertEquals(2, r.configurations().get(0).score().getAsInt());
        assertEquals(-1, r.configurations().get(2).score().getAsInt());
    }

    private static String error(String text, PairScale scale) {
        return assertThrows(InvalidInputException.class, () -> FieldCsv.parse(text, "t.csv", scale)).getMessage();
    }

    @Test
    void errorsNameFileRowAndColumn() {
        String asym = FULL.replace("B=y,0,1,,", "B=y,1,1,,");
        String m = error(asym, PairScale.BINARY);
        assertTrue(m.contains("t.csv line 2, row A=1, column B=y") && m.contains("not symmetric"), m);
        m = error(FULL.replace("A=2,,,1,1", "A=2,,,1,2"), PairScale.BINARY);
        assertTrue(m.contains("row A=2, column B=y") && m.contains("ordinal"), m);
        m = error(FULL.replace("A=2,,,1,1", "A=2,,,1,yes"), PairScale.BINARY);
        assertTrue(m.contains("'yes' is not an integer"), m);
        m = error(FULL.replace("A=1,,,1,0", "A=1,,1,1,0"), PairScale.BINARY);
        assertTrue(m.contains("row A=1, column A=2") && m.contains("blank"), m);
        m = error(FULL.replace("A=1,,,1,0", "A=1,,,,0").replace("B=x,1,1,,", "B=x,,1,,"), PairScale.BINARY);
        assertTrue(m.contains("no judgement for the pair A=1, B=x"), m);
        m = error("value,A=1,B,A=2\nA=1,,1,\nB,1,,1\nA=2,,1,", PairScale.BINARY);
        assertTrue(m.contains("'B' is not PARAMETER=value"), m);
        m = error("value,A=1,B=1,A=2\nA=1,,1,\nB=1,1,,1\nA=2,,1,", PairScale.BINARY);
        assertTrue(m.contains("parameter A are not next to each other"), m);
    }

    @Test
    void unaryExclusions() {
        MorphologicalField f = FieldCsv.parse(FULL, "t.csv", PairScale.BINARY);
        MorphologicalField allowed = FieldCsv.parseExclusions("parameter,allowed_values,clue\nA,2,why", "u.csv", f);
        MorphologicalField excluded = FieldCsv.parseExclusions("parameter,excluded_values\nA,1", "u.csv", f);
        assertEquals(allowed, excluded);
        assertEquals(BigInteger.TWO, MorphologicalAnalysis.withDefaults().analyze(allowed).count());
        String m = assertThrows(InvalidInputException.class,
                () -> FieldCsv.parseExclusions("parameter,allowed_values\nC,1", "u.csv", f)).getMessage();
        assertTrue(m.contains("u.csv line 2") && m.contains("unknown parameter C"), m);
        m = assertThrows(InvalidInputException.class,
                () -> FieldCsv.parseExclusions("parameter,allowed_values\nA,3", "u.csv", f)).getMessage();
        assertTrue(m.contains("u.csv line 2") && m.contains("no variant 3"), m);
    }

    @Test
    void independentParametersAreCountedBeyondLongRange() {
        // 40 parameters of 5 values, one excluded pair: 5^40 - 5^38 configurations, counted by components
        java.util.List<org.micmac4j.scenario.Descriptor> ds = new java.util.ArrayList<>();
        for (int p = 0; p < 40; p++) {
            ds.add(org.micmac4j.scenario.Descriptor.ofIds("P" + p, "1", "2", "3", "4", "5"));
        }
        MorphologicalField f = MorphologicalField.of(org.micmac4j.scenario.ScenarioSpace.of(ds), PairScale.BINARY)
                .withScore("P0", "1", "P1", "1", 0);
        MorphologicalResult r = MorphologicalAnalysis.withDefaults().withLimit(3).analyze(f);
        BigInteger five = BigInteger.valueOf(5);
        assertEquals(five.pow(40).subtract(five.pow(38)), r.count());
        assertEquals(five.pow(39).subtract(five.pow(38)), r.survival("P0", "1"));
        assertEquals(3, r.configurations().size());
    }
}
