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

/** The CIB reader entry points: one file by its extension, and the members of an ensemble. */
class CibInputTest {
    private static final String AB = "x,A:a1,A:a2,B:b1,B:b2\nA:a1,0,0,1,-1\nA:a2,0,0,-1,1\nB:b1,2,-2,0,0\n"
            + "B:b2,-2,2,0,0\n";
    /** The same matrix, its descriptors and variants in another order. */
    private static final String BA = "x,B:b2,B:b1,A:a1,A:a2\nB:b2,0,0,-2,2\nB:b1,0,0,2,-2\nA:a1,-1,1,0,0\n"
            + "A:a2,1,-1,0,0\n";

    @TempDir
    Path tmp;

    @Test
    void aFolderStandsForItsMatrixFilesByNameAndMembersAreAligned() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("panel"));
        Files.writeString(folder.resolve("b.CSV"), BA);
        Files.writeString(folder.resolve("a.csv"), "# illustrative\n" + AB);
        Files.writeString(folder.resolve(".a.csv"), "hidden");
        Files.writeString(folder.resolve("notes.txt"), "not a matrix");
        Path extra = Files.writeString(tmp.resolve("c.csv"), AB);
        assertEquals(List.of(folder.resolve("a.csv"), folder.resolve("b.CSV"), extra),
                CibInput.ensembleFiles(List.of(folder, extra)));
        List<CibInput> members = CibInput.readEnsemble(List.of(folder, extra));
        assertEquals(List.of("a", "b", "c"), members.stream().map(CibInput::name).toList());
        assertEquals(List.of("illustrative"), members.get(0).notes());
        for (CibInput m : members) {
            assertEquals(members.get(0).matrix().space(), m.matrix().space());
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) {
                    assertEquals(members.get(0).matrix().cell(r, c), m.matrix().cell(r, c), m.name() + r + c);
                }
            }
        }
    }

    @Test
    void ensembleFaultsNameTheFile() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CibInput.readEnsemble(List.of(empty)));
        assertTrue(e.getMessage().contains("no .csv or .scw matrix in the folder"), e.getMessage());
        Path a = Files.writeString(tmp.resolve("a.csv"), AB);
        Path other = Files.writeString(tmp.resolve("o.csv"), "x,A:a1,A:a2\nA:a1,0,0\nA:a2,0,0\n");
        e = assertThrows(InvalidInputException.class, () -> CibInput.readEnsemble(List.of(a, other)));
        assertTrue(e.getMessage().startsWith(other + ": not the descriptors and variants of " + a), e.getMessage());
        Path dir = Files.createDirectory(tmp.resolve("d"));
        Path twin = Files.writeString(dir.resolve("A.csv"), AB);
        e = assertThrows(InvalidInputException.class, () -> CibInput.readEnsemble(List.of(a, twin)));
        assertTrue(e.getMessage().contains("two members named 'A'"), e.getMessage());
    }
}
