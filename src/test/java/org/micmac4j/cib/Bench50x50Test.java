package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.micmac4j.cib.io.ScwProject;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.cib.io.SolutionList;
import org.micmac4j.testutil.Resources;

/**
 * The public 60 466 176-scenario benchmark (IainDM/CrossImpactBalances bench_50x50.scw) against
 * ScenarioWizard's exported solution list bench_50x50_sw.sl (see the case's SOURCE.md).
 */
class Bench50x50Test {
    @Test
    void scenarioWizardsFiveScenariosAndScores() throws IOException {
        String dir = CibCasesTest.ROOT + "iaindm-bench-50x50/";
        ScwProject p = ScwReader.read(Resources.path(dir + "project.scw"));
        assertEquals(60_466_176L, p.matrix().space().size().longValue());
        List<SolutionList.Entry> sw = SolutionList.parse(Files.readString(Resources.path(dir + "solutions.sl")),
                "solutions.sl", p.matrix().space());
        CibResult r = Cib.withDefaults().solve(p.matrix());
        assertEquals(sw.size(), r.size());
        for (SolutionList.Entry e : sw) {
            CibScenario s = r.scenarios().stream().filter(x -> x.scenario().equals(e.scenario())).findFirst()
                    .orElseThrow(() -> new AssertionError("missing " + e.scenario()));
            assertEquals(e.totalImpactScore(), s.totalImpactScore(), e.scenario().toString());
            assertEquals(e.consistencyValue(), s.consistencyValue(), e.scenario().toString());
        }
    }
}
