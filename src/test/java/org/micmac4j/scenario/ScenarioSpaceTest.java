package org.micmac4j.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.micmac4j.InvalidInputException;

class ScenarioSpaceTest {
    private static ScenarioSpace small() {
        return ScenarioSpace.of(Descriptor.ofIds("A", "A1", "A2", "A3"), Descriptor.ofIds("B", "B1", "B2"),
                Descriptor.ofIds("C", "Low", "High"));
    }

    @Test
    void countsAndIndexes() {
        ScenarioSpace s = small();
        assertEquals(BigInteger.valueOf(12), s.size());
        assertEquals(7, s.totalVariants());
        assertEquals(5, s.flatIndex(2, 0));
        assertEquals(2, s.descriptorOf(6));
        assertEquals("C:High", s.label(6));
        assertEquals(1, s.indexOf("B"));
    }

    @Test
    void ranksFollowNestedLoopsLastDescriptorFastest() {
        ScenarioSpace s = small();
        List<Scenario> inOrder = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 2; b++) {
                for (int c = 0; c < 2; c++) {
                    inOrder.add(s.scenario(a, b, c));
                }
            }
        }
        for (int r = 0; r < inOrder.size(); r++) {
            assertEquals(inOrder.get(r), s.scenarioAt(r));
            assertEquals(BigInteger.valueOf(r), s.rank(inOrder.get(r)));
        }
        List<Scenario> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new java.util.Random(1));
        Collections.sort(shuffled);
        assertEquals(inOrder, shuffled);
    }

    @Test
    void idsAndLabels() {
        ScenarioSpace s = small();
        Scenario z = s.scenario("A2", "B1", "High");
        assertEquals(List.of("A2", "B1", "High"), s.variantIds(z));
        assertEquals(List.of("A:A2", "B:B1", "C:High"), s.labels(z));
        assertEquals("[2 1 2]", z.toString());
    }

    @Test
    void hugeSpacesAreCountedExactlyAndNeverEnumeratedBlindly() {
        List<Descriptor> ds = new ArrayList<>();
        for (int d = 0; d < 50; d++) {
            ds.add(Descriptor.ofIds("D" + d, "a", "b", "c", "d", "e"));
        }
        ScenarioSpace s = ScenarioSpace.of(ds);
        assertEquals(BigInteger.valueOf(5).pow(50), s.size());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> s.requireAtMost(ScenarioSpace.ENUMERATION_LIMIT_DEFAULT, "the plain enumeration"));
        assertTrue(e.getMessage().contains(BigInteger.valueOf(5).pow(50).toString()), e.getMessage());
        assertEquals(12, small().requireAtMost(12, "x"));
    }

    @Test
    void badInputNamesTheId() {
        InvalidInputException dupVariant = assertThrows(InvalidInputException.class,
                () -> Descriptor.ofIds("A", "x", "y", "x"));
        assertTrue(dupVariant.getMessage().contains("descriptor A") && dupVariant.getMessage().contains("x"));
        InvalidInputException dupDesc = assertThrows(InvalidInputException.class,
                () -> ScenarioSpace.of(Descriptor.ofIds("A", "x"), Descriptor.ofIds("A", "y")));
        assertTrue(dupDesc.getMessage().contains("A appears twice"), dupDesc.getMessage());
        InvalidInputException noVariant = assertThrows(InvalidInputException.class,
                () -> small().scenario("A2", "B9", "Low"));
        assertTrue(noVariant.getMessage().contains("B9"), noVariant.getMessage());
        assertThrows(InvalidInputException.class, () -> small().scenario(0, 2, 0));
        assertThrows(InvalidInputException.class, () -> Descriptor.of("A", List.of()));
    }

    @Test
    void groupIsOptional() {
        Descriptor d = Descriptor.ofIds("A", "x");
        assertTrue(d.group().isEmpty());
        assertEquals("Energy", d.withGroup(" Energy ").group().orElseThrow());
    }
}
