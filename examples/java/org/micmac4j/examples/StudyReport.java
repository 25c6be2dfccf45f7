package org.micmac4j.examples;

import java.nio.file.Path;
import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.report.micmac.MicmacReport;

/**
 * Reads the example study from {@code examples/hdf-industry-2040} and writes its report folder
 * (planes, displacement map, influence graphs, results.csv, report.html).
 *
 * <p>Usage: {@code StudyReport [STUDY_DIR] [OUT_DIR]}, by default
 * {@code examples/hdf-industry-2040} and {@code micmac-report}.
 */
public final class StudyReport {
    private StudyReport() {
    }

    /**
     * @param args optional study folder and output folder
     * @throws Exception when a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        Path study = Path.of(args.length > 0 ? args[0] : "examples/hdf-industry-2040");
        Path out = Path.of(args.length > 1 ? args[1] : "micmac-report");

        InfluenceMatrix m = MatrixCsv.read(study.resolve("matrix.csv"), study.resolve("variables.csv"));
        MicmacResult result = Micmac.withDefaults().withOrder(7).analyze(m);

        List<Path> files = MicmacReport.withDefaults()
                .withTitle("Hauts-de-France industry 2040 (illustrative example)")
                .withNotes(List.of("The influence scores are ILLUSTRATIVE, not the study's own matrix."))
                .write(result, out);
        System.out.println(files.size() + " files written to " + out);
        System.out.println("open " + out.resolve("report.html"));
    }
}
