package org.micmac4j.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Scale;
import org.micmac4j.io.CsvTable;
import org.micmac4j.io.MatrixCsv;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a dense n x n classic matrix CSV (ids V1..Vn, cells 0..3 from a SplitMix64 hash, about
 * 2n² bytes): {@code MatrixCsv.read}, which streams the records into the matrix, against two
 * baselines in the same run: the table path ({@code CsvTable.read} then
 * {@code MatrixCsv.fromTable}, which keeps one String per cell) and the floor of the tokenizer
 * alone (Commons CSV over the file, no checks, nothing kept), and the bytes read alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CsvReadBench {
    @Param({"3000"})
    public int n;

    private Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
        file = Files.createTempFile("micmac4j-csv-bench", ".csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < n; j++) {
                sb.append(",V").append(j + 1);
            }
            w.write(sb.append('\n').toString());
            for (int i = 0; i < n; i++) {
                sb.setLength(0);
                sb.append('V').append(i + 1);
                for (int j = 0; j < n; j++) {
                    sb.append(',').append(i == j ? 0 : (int) (mix((long) i * n + j) >>> 62));
                }
                w.write(sb.append('\n').toString());
            }
        }
    }

    private static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The reader users call. */
    @Benchmark
    public InfluenceMatrix matrixCsv() throws IOException {
        return MatrixCsv.read(file, Scale.CLASSIC);
    }

    /** Baseline: a table of n² cell strings, then the matrix. */
    @Benchmark
    public InfluenceMatrix tablePath() throws IOException {
        return MatrixCsv.fromTable(CsvTable.read(file), Scale.CLASSIC);
    }

    /** Floor: Commons CSV tokenizing the file, with nothing checked or kept. */
    @Benchmark
    public long commonsCsvOnly() throws IOException {
        long cells = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
            for (CSVRecord rec : p) {
                cells += rec.size();
            }
        }
        return cells;
    }

    /** Floor: the bytes alone. */
    @Benchmark
    public int bytesOnly() throws IOException {
        return Files.readAllBytes(file).length;
    }
}
