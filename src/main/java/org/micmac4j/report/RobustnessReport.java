package org.micmac4j.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.View;
import org.micmac4j.experts.RobustnessResult;

/**
 * The robustness files added to a report folder by {@code micmac analyze --draws}:
 * {@code robustness.csv}, {@code sector-probability.svg} and {@code rank-intervals.svg} (indirect
 * view).
 */
public final class RobustnessReport {
    private RobustnessReport() {
    }

    /**
     * The robustness files, by name, to write beside a MICMAC report in one atomic step.
     *
     * @param r the robustness of a matrix
     * @return {@code sector-probability.svg}, {@code rank-intervals.svg} and {@code robustness.csv}
     */
    public static Map<String, String> render(RobustnessResult r) {
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("sector-probability.svg", SectorProbabilitySvg.of(r, View.INDIRECT));
        svgs.put("rank-intervals.svg", RankIntervalSvg.of(r, View.INDIRECT));
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put("robustness.csv", ExpertsCsv.robustness(r));
        return files;
    }

    /**
     * @param r the robustness of a matrix
     * @param dir the report folder (created if needed)
     * @return the files written
     * @throws IOException when writing fails
     */
    public static List<Path> write(RobustnessResult r, Path dir) throws IOException {
        return ReportFiles.write(render(r), dir);
    }
}
