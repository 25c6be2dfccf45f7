package org.micmac4j.cib.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionPart;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.testutil.Resources;

/** Partial-result files: round trip, and files that are cut short or altered refused with the file and line. */
class SuccessionPartsTest {
    private static final Succession EXACT = Succession.withDefaults().withWeightMode(WeightMode.EXACT);

    private static CibMatrix nested() throws IOException {
        return ScwReader.read(Resources.path("/cases/cib/cibsa-global/project.scw")).matrix();
    }

    @Test
    void writtenPartsReadBackEqualAndMergeToTheWholeResult(@TempDir Path dir) throws IOException {
        CibMatrix m = nested();
        SuccessionPart a = EXACT.weights(m, 0, 20);
        SuccessionPart b = EXACT.weights(m, 21, 35);
        Path fa = dir.resolve("a.part");
        Path fb = dir.resolve("b.part");
        SuccessionParts.write(a, m, fa);
        SuccessionParts.write(b, m, fb);
        SuccessionPart ra = SuccessionParts.read(fa).part();
        assertEquals(m.fingerprint(), SuccessionParts.read(fa).matrix().fingerprint());
        assertEquals(a, ra);
        assertEquals(fa.toString(), ra.source());
        assertTrue(Files.readString(fa).contains("cycle "), "CIB_global has cycles: " + Files.readString(fa));
        assertEquals(EXACT.weights(m).fixedPoints(),
                EXACT.result(m, List.of(SuccessionParts.read(fb).part(), ra)).fixedPoints());
        assertEquals(EXACT.weights(m).cycles(), EXACT.result(m, List.of(SuccessionParts.read(fb).part(), ra)).cycles());
    }

    @Test
    void damagedFilesAreRefusedWithTheFileAndLine() throws IOException {
        String text = SuccessionParts.format(EXACT.weights(nested(), 0, 35), nested());
        String[] lines = text.split("\n");
        String cut = String.join("\n", java.util.Arrays.copyOf(lines, lines.length - 2)) + "\n";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SuccessionParts.parse(cut, "x.part"));
        assertTrue(e.getMessage().startsWith("x.part") && e.getMessage().contains("cut short"), e.getMessage());
        String altered = text.replaceFirst("fixed (\\d+)", "fixed 1$1");
        e = assertThrows(InvalidInputException.class, () -> SuccessionParts.parse(altered, "y.part"));
        assertTrue(e.getMessage().contains("y.part") && e.getMessage().contains("add up"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> SuccessionParts.parse("hello\n", "z.part"));
        assertTrue(e.getMessage().contains("z.part line 1"), e.getMessage());
        String otherCell = text.replaceFirst("\n(WTRD:[^,\n]+),([-0-9]+),", "\n$1,77,");
        e = assertThrows(InvalidInputException.class, () -> SuccessionParts.parse(otherCell, "v.part"));
        assertTrue(e.getMessage().contains("v.part") && e.getMessage().contains("altered"), e.getMessage());
        String badNumber = text.replace("range 0 35", "range 0 3x5");
        e = assertThrows(InvalidInputException.class, () -> SuccessionParts.parse(badNumber, "w.part"));
        assertTrue(e.getMessage().contains("w.part line 6"), e.getMessage());
    }
}
