package org.micmac4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Scale;
import org.micmac4j.Variable;

class MatrixCsvTest {

    @Test
    void readsCommaSemicolonAndTab() {
        for (String d : List.of(",", ";", "\t")) {
            String text = String.join(d, "", "A", "B") + "\n" + String.join(d, "A", "0", "3") + "\n"
                    + String.join(d, "B", "P", "0") + "\n";
            InfluenceMatrix m = MatrixCsv.parse(text, "m", Scale.CLASSIC);
            assertEquals(3.0, m.value(0, 1), 0, d);
            assertTrue(m.isPotential(1, 0), d);
        }
    }

    @Test
    void bomCrlfBlankCellsLowercasePAndComments() {
        String text = "\uFEFF# a comment\r\n,A,B,C\r\nA,,1,p\r\nB,2,,\r\n\r\nC,0,1,0\r\n";
        InfluenceMatrix m = MatrixCsv.parse(text, "m", Scale.CLASSIC);
        assertEquals(List.of("A", "B", "C"), m.variables().stream().map(Variable::id).toList());
        assertEquals(0.0, m.value(0, 0), 0);
        assertTrue(m.isPotential(0, 2));
        assertEquals(2.0, m.value(1, 0), 0);
    }

    @Test
    void decimalCommasInSemicolonFiles() {
        InfluenceMatrix m = MatrixCsv.parse(";A;B\nA;0;1,5\nB;0,25;0\n", "m", Scale.PERMISSIVE);
        assertEquals(1.5, m.value(0, 1), 0);
        assertEquals(0.25, m.value(1, 0), 0);
    }

    @Test
    void quotedIdsWithDelimiters() {
        InfluenceMatrix m = MatrixCsv.parse(",\"A, one\",B\n\"A, one\",0,1\nB,1,0\n", "m", Scale.CLASSIC);
        assertEquals("A, one", m.variable(0).id());
    }

    @Test
    void writeThenReadRoundTrips(@TempDir Path dir) throws IOException {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B;x", "C").set(0, 1, 3).potential(1, 2).set(2, 0, 1)
                .build();
        Path f = dir.resolve("m.csv");
        MatrixCsv.write(m, f);
        assertEquals(m, MatrixCsv.read(f));
        StringWriter w = new StringWriter();
        MatrixCsv.write(m, w);
        assertTrue(w.toString().contains("P"));
    }

    @Test
    void variablesFileGivesNamesAndGroups(@TempDir Path dir) throws IOException {
        Path m = dir.resolve("m.csv");
        Path v = dir.resolve("v.csv");
        Files.writeString(m, ",A,B\nA,0,1\nB,2,0\n", StandardCharsets.UTF_8);
        Files.writeString(v, "id,name,group,description\nB,Bé,G2,\"second, one\"\nA,Alpha,G1,\n",
                StandardCharsets.UTF_8);
        InfluenceMatrix x = MatrixCsv.read(m, v);
        assertEquals("Alpha", x.variable(0).name());
        assertEquals("G1", x.variable(0).group().orElseThrow());
        assertEquals("Bé", x.variable(1).name());
        assertEquals("second, one", x.variable(1).description().orElseThrow());
        assertTrue(x.variable(0).description().isEmpty());
    }

    @Test
    void bundledStudyReads() throws IOException {
        Path dir = Path.of("examples/hdf-industry-2040");
        InfluenceMatrix m = MatrixCsv.read(dir.resolve("matrix.csv"), dir.resolve("variables.csv"));
        assertEquals(29, m.size());
        assertEquals(8, m.potentialCount());
        assertEquals(6, m.variables().stream().map(x -> x.group().orElseThrow()).distinct().count());
    }

    /** A row too many is refused where it stands, naming it: the rows after it are not read. */
    @Test
    void aRowTooManyIsRefusedAtItsLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MatrixCsv.parse(",A,B\nA,0,1\nB,1,0\nC,1,1\nD,\"never\nclosed\n", "m.csv", Scale.CLASSIC));
        assertEquals("m.csv line 4 (row C): more rows than the 2 columns: the matrix must be square", e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> CsvTable.readSquare(write(",A,B\nA,0,1\nB,1,0\nC,1,1\nD,\"never\nclosed\n"), Sheet.FIRST));
        assertTrue(e.getMessage().endsWith("line 4 (row C): more rows than the 2 column labels: the matrix must be "
                + "square"), e.getMessage());
    }

    private static Path write(String text) {
        try {
            Path f = Files.createTempFile("micmac4j-square", ".csv");
            f.toFile().deleteOnExit();
            return Files.writeString(f, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
