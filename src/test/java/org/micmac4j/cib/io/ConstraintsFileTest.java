package org.micmac4j.cib.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.FeasibilityConstraints;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;

/** The constraints file: text and CSV forms, comments, and one-line faults naming the file and line. */
class ConstraintsFileTest {

    @Test
    void textAndCsvFormsReadTheSameRules(@TempDir Path dir) throws IOException {
        FeasibilityConstraints want = FeasibilityConstraints.none().implies("A", "a1", "B", "b2")
                .excludes("A", "a1", "B", "b3").allows("C", "c1", "c2");
        FeasibilityConstraints text = ConstraintsFile.parse("# what cannot happen\nA:a1 implies B:b2\n\n"
                + "A:a1   EXCLUDES B:b3\nC allows c1 c2\n", "c.txt");
        assertEquals(want.toString(), text.toString());
        assertEquals("c.txt line 2", text.rules().get(0).origin());
        assertEquals("c.txt line 5", text.rules().get(2).origin());
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "A:a1,implies,B:b2\nA:a1;excludes;B:b3\n".replace(';', ',') + "C,allows,c1,c2\n");
        assertEquals(want.toString(), ConstraintsFile.read(f).toString());
        assertEquals(want.toString(), ConstraintsFile.parse(ConstraintsFile.format(want), "x").toString());
        FeasibilityConstraints quoted = ConstraintsFile.parse("\"Big data:H1\",excludes,\"Con so:H2\"\n", "q.csv");
        assertEquals(List.of("Big data", "H1", "Con so", "H2"), List.of(quoted.rules().get(0).descriptor(),
                quoted.rules().get(0).variants().get(0), quoted.rules().get(0).other(),
                quoted.rules().get(0).otherVariant()));
    }

    @Test
    void faultsNameTheLine() {
        assertFault("c.txt line 2: unknown relation 'requires' (expected implies, excludes or allows)",
                "A:a1 implies B:b2\nA:a1 requires B:b2\n");
        assertFault("c.txt line 1: expected DESCRIPTOR:variant, got 'Ba1'", "Ba1 implies B:b2\n");
        assertFault("c.txt line 1: 'implies' takes one DESCRIPTOR:variant on each side, got 4 words",
                "A:a1 implies B:b2 C:c1\n");
        assertFault("c.txt line 3: both sides name descriptor A: a rule links two descriptors (write 'A allows ...' "
                + "to rule variants out)", "# c\n\nA:a1 excludes A:a2\n");
        assertFault("c.txt line 1: expected a rule (A:a1 implies B:b2, A:a1 excludes B:b3 or C allows c1 c2), "
                + "got 'A:a1 implies'", "A:a1 implies\n");
        assertFault("c.txt: no rule (one rule a line: A:a1 implies B:b2, A:a1 excludes B:b3 or C allows c1 c2)",
                "# only a comment\n\n");
    }

    @Test
    void unknownIdsAreRefusedWhenSolvingNamingTheLine() {
        ScenarioSpace s = ScenarioSpace.of(Descriptor.ofIds("A", "a1", "a2"), Descriptor.ofIds("B", "b1", "b2"));
        FeasibilityConstraints c = ConstraintsFile.parse("A:a1 implies B:b2\n# x\nA:a3 excludes B:b1\n", "c.txt");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Cib.withDefaults().withConstraints(c).solve(CibMatrix.of(s, new int[4][4])));
        assertEquals("c.txt line 3: descriptor A has no variant a3 (variants: a1, a2)", e.getMessage());
    }

    private static void assertFault(String want, String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConstraintsFile.parse(text, "c.txt"));
        assertEquals(want, e.getMessage());
    }
}
