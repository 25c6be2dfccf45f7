package org.micmac4j.examples;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.Variable;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.scenario.Hypotheses;
import org.micmac4j.scenario.KeyVariables;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * The whole chain of the example study, from the influence matrix to consistent scenarios: MICMAC
 * picks the key variables (INFLUENT and RELAY in the indirect view); those with hypotheses become
 * the descriptors of a scenario space; the illustrative cross-impact matrix over them is solved
 * exactly, and the three consistent scenarios of largest succession weight (the number of the
 * space's scenarios whose succession ends in them) are printed with their hypotheses.
 *
 * <p>Usage: {@code ScenarioChain [STUDY_FOLDER]}, by default {@code examples/hdf-industry-2040}
 * (its {@code matrix.csv}, {@code variables.csv}, {@code hypotheses.csv} and
 * {@code cib-matrix.csv}). The cross-impact judgements are illustrative, not the study's.
 */
public final class ScenarioChain {
    private ScenarioChain() {
    }

    /**
     * @param args optional study folder
     * @throws Exception when a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        Path study = Path.of(args.length > 0 ? args[0] : "examples/hdf-industry-2040");
        InfluenceMatrix influence = MatrixCsv.read(study.resolve("matrix.csv"), study.resolve("variables.csv"));
        MicmacResult micmac = Micmac.withDefaults().analyze(influence);

        Hypotheses hypotheses = Hypotheses.read(study.resolve("hypotheses.csv"));
        List<Variable> keys = KeyVariables.withDefaults().select(micmac).stream()
                .filter(v -> hypotheses.has(v.id())).toList();
        ScenarioSpace space = hypotheses.descriptors(keys);
        // the file's own order of descriptors and variants may differ: match them by id
        CibMatrix judgements = CibCsv.read(study.resolve("cib-matrix.csv")).alignedTo(space);

        CibResult consistent = Cib.withDefaults().solve(judgements);
        SuccessionResult weights = Succession.withDefaults().weights(judgements);
        System.out.printf("%d key variables with hypotheses, %s scenarios, %d consistent%n", keys.size(),
                space.size(), consistent.size());
        List<CibScenario> heaviest = consistent.scenarios().stream()
                .sorted(Comparator.comparingLong((CibScenario s) -> weights.weightOf(s.scenario())).reversed())
                .limit(3).toList();
        for (CibScenario s : heaviest) {
            System.out.printf("%nweight %d, total impact score %d%n", weights.weightOf(s.scenario()),
                    s.totalImpactScore());
            for (int d = 0; d < space.descriptorCount(); d++) {
                var variant = space.descriptor(d).variant(s.scenario().variant(d));
                System.out.printf("  %-8s %-3s %s%n", space.descriptor(d).id(), variant.id(), variant.name());
            }
        }
    }
}
