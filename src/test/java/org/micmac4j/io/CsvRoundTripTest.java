package org.micmac4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Scale;
import org.micmac4j.Variable;

/**
 * What {@link MatrixCsv#write} and {@link VariablesCsv#write} write, the readers read back equal,
 * whatever the ids hold: quotes, delimiters of every kind, {@code #}, line breaks, blanks, letters
 * outside the BMP. Written to a file, so the UTF-8 path is exercised too.
 */
class CsvRoundTripTest {
    private static final String[] FRAGMENTS = {"\"", ",", ";", "\t", "#", "\n", "\r\n", "\r", " ", "  ", "a", "B",
        "7", "P", "é", "中", "😀", "𝔸", "\u00A0", "x y", "\"\"", "'", "=", "\uFEFF"};

    /** Raw text made of awkward fragments; may be blank or start or end with blanks. */
    static Arbitrary<String> text() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    }

    /** Distinct valid ids (as {@link Variable} keeps them: stripped, not blank). */
    @Provide
    Arbitrary<List<String>> ids() {
        return text().filter(s -> !s.isBlank()).map(String::strip).list().ofMinSize(1).ofMaxSize(7)
                .map(l -> new ArrayList<>(new LinkedHashSet<>(l)));
    }

    @Provide
    Arbitrary<InfluenceMatrix> classic() {
        return ids().flatMap(ids -> {
            int n = ids.size();
            return Arbitraries.integers().between(0, 4).array(int[].class).ofSize(n * n).map(cells -> {
                InfluenceMatrix.Builder b = InfluenceMatrix.builder(ids.stream().map(Variable::of).toList());
                for (int c = 0; c < n * n; c++) {
                    int i = c / n;
                    int j = c % n;
                    if (i != j) {
                        if (cells[c] == 4) {
                            b.potential(i, j);
                        } else {
                            b.set(i, j, cells[c]);
                        }
                    }
                }
                return b.build();
            });
        });
    }

    @Provide
    Arbitrary<InfluenceMatrix> real() {
        return ids().flatMap(ids -> {
            int n = ids.size();
            Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1e6),
                    Arbitraries.of(0.0, 1e-300, 4.9e-324, 1e300, 0.1, 1.0 / 3));
            return value.array(Double[].class).ofSize(n * n).map(cells -> {
                InfluenceMatrix.Builder b = InfluenceMatrix.builder(ids.stream().map(Variable::of).toList())
                        .scale(Scale.WEIGHTS);
                for (int c = 0; c < n * n; c++) {
                    if (c / n != c % n) {
                        b.set(c / n, c % n, cells[c]);
                    }
                }
                return b.build();
            });
        });
    }

    @Provide
    Arbitrary<List<Variable>> variables() {
        Arbitrary<String> optional = Arbitraries.oneOf(Arbitraries.just(""), text());
        return ids().flatMap(ids -> Combinators.combine(optional.list().ofSize(ids.size()),
                optional.list().ofSize(ids.size()), optional.list().ofSize(ids.size())).as((names, groups, notes) -> {
                    List<Variable> vs = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        String name = names.get(i).isBlank() ? ids.get(i) : names.get(i);
                        vs.add(Variable.of(ids.get(i), name).withGroup(groups.get(i)).withDescription(notes.get(i)));
                    }
                    return vs;
                }));
    }

    private static Path file(String text) throws IOException {
        Path f = Files.createTempFile("micmac4j-roundtrip", ".csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Property(tries = 150)
    void classicMatrixRoundTrips(@ForAll("classic") InfluenceMatrix m) throws IOException {
        StringWriter w = new StringWriter();
        MatrixCsv.write(m, w);
        Path f = file(w.toString());
        try {
            assertEquals(m, MatrixCsv.read(f), w.toString());
        } finally {
            Files.delete(f);
        }
    }

    @Property(tries = 100)
    void realMatrixRoundTrips(@ForAll("real") InfluenceMatrix m) {
        StringWriter w = new StringWriter();
        try {
            MatrixCsv.write(m, w);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(m, MatrixCsv.parse(w.toString(), "m.csv", Scale.WEIGHTS), w.toString());
    }

    @Property(tries = 150)
    void variablesRoundTrip(@ForAll("variables") List<Variable> vs) throws IOException {
        StringWriter w = new StringWriter();
        VariablesCsv.write(vs, w);
        Path f = file(w.toString());
        try {
            assertEquals(vs, VariablesCsv.read(f), w.toString());
        } finally {
            Files.delete(f);
        }
        Set<String> ids = new LinkedHashSet<>();
        vs.forEach(v -> ids.add(v.id()));
        assertEquals(vs.size(), ids.size());
    }
}
