package org.micmac4j.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Micmac;
import org.micmac4j.Scale;
import org.micmac4j.View;
import org.micmac4j.dematel.DirectRelationMatrix;
import org.micmac4j.ism.IsmInput;

/**
 * Mutation fuzzing of every CSV reader (matrix, variables, SSIM, reachability, DEMATEL): valid
 * files with bytes flipped, inserted (quotes, NUL, line breaks, delimiters, huge numbers, bytes
 * that are not UTF-8), deleted or cut off. Whatever the input, a reader returns a value or throws
 * {@link InvalidInputException} whose message names the file; nothing else escapes. Bounded: 2000
 * tries in all, a few seconds.
 */
class CsvFuzzTest {
    private static final String[] SEEDS = {
        // matrix
        "# study\n,A,B,C\nA,0,1,P\nB,2,0,3\nC,,1,0\n",
        // variables
        "id,name,group,description\nA,Alpha,G1,\"first, one\"\nB,Beta,,\nC,\"Gam\nma\",G2,x\n",
        // SSIM (upper triangle)
        ",B,C,D\nA,V,X,O\nB,,A,V\nC,,,O\n",
        // reachability
        ",A,B,C\nA,1,1,0\nB,0,1,1*\nC,0,0,1\n",
        // DEMATEL direct-relation matrix
        ";A;B;C\nA;0;1,5;2\nB;3;0;0,25\nC;1;4;0\n",
    };
    private static final String[] TOKENS = {"\"", "\0", "#", "\n", "\r", "\r\n", ",", ";", "\t", " ", "1e308",
        "1.7976931348623157e308", "9".repeat(400), "-1", "NaN", "P", "\uFEFF", "😀", "\"\"", "1e-400", "0x10",
        "Infinity", "A", ",,,,,,"};

    private static Path file;

    @BeforeContainer
    static void createFile() throws IOException {
        file = Files.createTempFile("micmac4j-fuzz", ".csv");
    }

    @AfterContainer
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    /** One edit of a byte array. */
    record Mutation(int kind, double at, int token, int length, byte value) {
        /** Inserts bytes at this mutation's place. */
        byte[] insert(byte[] in, byte[] what) {
            int pos = (int) (at * in.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(in, 0, pos);
            out.writeBytes(what);
            out.write(in, pos, in.length - pos);
            return out.toByteArray();
        }

        byte[] apply(byte[] in) {
            int pos = (int) (at * in.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (kind) {
                case 0 -> { // flip a byte
                    byte[] c = in.clone();
                    if (c.length > 0) {
                        c[Math.min(pos, c.length - 1)] = value;
                    }
                    return c;
                }
                case 1 -> { // insert a token
                    return insert(in, TOKENS[token % TOKENS.length].getBytes(StandardCharsets.UTF_8));
                }
                case 2 -> { // delete a run
                    int end = Math.min(in.length, pos + length);
                    out.write(in, 0, pos);
                    out.write(in, end, in.length - end);
                }
                case 3 -> { // cut off
                    out.write(in, 0, pos);
                }
                case 4 -> { // insert a raw byte (often not UTF-8)
                    out.write(in, 0, pos);
                    out.write(value);
                    out.write(in, pos, in.length - pos);
                }
                default -> { // repeat a run (extra cells, rows)
                    int end = Math.min(in.length, pos + length);
                    out.write(in, 0, end);
                    out.write(in, pos, in.length - pos);
                }
            }
            return out.toByteArray();
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(1, 12),
                Arbitraries.bytes()).as(Mutation::new).list().ofMinSize(1).ofMaxSize(4);
    }

    private static byte[] mutate(int seed, List<Mutation> ms) {
        byte[] b = SEEDS[seed].getBytes(StandardCharsets.UTF_8);
        for (Mutation m : ms) {
            b = m.apply(b);
        }
        return b;
    }

    /** Runs a reader on the mutated file: a value, or an InvalidInputException naming the file. */
    private static void survives(byte[] bytes, Reader reader) throws IOException {
        Files.write(file, bytes);
        try {
            reader.read(file);
        } catch (InvalidInputException e) {
            String m = e.getMessage();
            assertTrue(m != null && m.contains(file.toString()), "message must name the file: " + m);
            assertFalse(m.contains("\n"), "one line: " + m);
        }
    }

    @FunctionalInterface
    interface Reader {
        void read(Path f) throws IOException;
    }

    @Property(tries = 500)
    void matrixReader(@ForAll("mutations") List<Mutation> ms) throws IOException {
        survives(mutate(0, ms), f -> {
            InfluenceMatrix m = MatrixCsv.read(f, Scale.PERMISSIVE);
            Micmac.withDefaults().analyze(m).view(View.POTENTIAL_INDIRECT);
        });
    }

    @Property(tries = 400)
    void variablesReader(@ForAll("mutations") List<Mutation> ms) throws IOException {
        survives(mutate(1, ms), VariablesCsv::read);
    }

    @Property(tries = 400)
    void ssimReader(@ForAll("mutations") List<Mutation> ms) throws IOException {
        survives(mutate(2, ms), IsmInput::readSsim);
    }

    @Property(tries = 300)
    void reachabilityReader(@ForAll("mutations") List<Mutation> ms) throws IOException {
        survives(mutate(3, ms), IsmInput::readReachability);
    }

    @Property(tries = 400)
    void dematelReader(@ForAll("mutations") List<Mutation> ms) throws IOException {
        survives(mutate(4, ms), f -> DirectRelationMatrix.read(CsvTable.read(f)));
    }
}
