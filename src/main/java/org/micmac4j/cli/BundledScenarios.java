package org.micmac4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.micmac4j.InvalidInputException;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.Variable;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.scenario.Hypotheses;
import org.micmac4j.scenario.KeyVariables;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * The bundled chain from the example study to scenarios: the MICMAC analysis of the bundled
 * matrix, its key variables ({@link KeyVariables} defaults), those of them that have hypotheses,
 * and the illustrative CIB matrix over them (or, for the full-size space, over every variable
 * with hypotheses), with the descriptors named after the variables and the hypotheses.
 *
 * @param keyVariables the key variables of the MICMAC analysis
 * @param withoutHypotheses the key variables left out because the source has no hypotheses for them
 * @param matrix the CIB matrix over the descriptors
 * @param blockOrder the study's blocks (the variables' groups) in its own numbering: the order in
 *     which they first appear in the variables file, block 1 first
 */
record BundledScenarios(List<Variable> keyVariables, List<Variable> withoutHypotheses, CibMatrix matrix,
        List<String> blockOrder) {
    /** The classpath file of the hypotheses. */
    static final String HYPOTHESES = "hypotheses.csv";
    /** The CIB matrix over the key variables. */
    static final String KEY_MATRIX = "cib-matrix.csv";
    /** The CIB matrix over every variable with hypotheses. */
    static final String FULL_MATRIX = "cib-full-matrix.csv";
    /** What every output of this chain says about its data. */
    static final String ILLUSTRATIVE = "The hypotheses are the study's micro-scenario titles (some were cut in the "
            + "source and are marked so); the cross-impact judgements are ILLUSTRATIVE, authored for micmac4j by a "
            + "documented rule from the titles' meaning and the illustrative influence matrix. They are NOT the "
            + "study's: it published no cross-impact judgements. Do not draw conclusions about the region from them.";

    BundledScenarios {
        keyVariables = List.copyOf(keyVariables);
        withoutHypotheses = List.copyOf(withoutHypotheses);
        blockOrder = List.copyOf(blockOrder);
    }

    static BundledScenarios load(boolean full) throws IOException {
        StudyInput study = StudyInput.bundled();
        MicmacResult micmac = Micmac.withDefaults().analyze(study.matrix());
        Hypotheses h = Hypotheses.parse(resource(HYPOTHESES), "bundled " + HYPOTHESES);
        List<Variable> keys = KeyVariables.withDefaults().select(micmac);
        List<Variable> candidates = full ? micmac.variables() : keys;
        List<Variable> kept = new ArrayList<>();
        List<Variable> dropped = new ArrayList<>();
        for (Variable v : candidates) {
            (h.has(v.id()) ? kept : dropped).add(v);
        }
        ScenarioSpace space = h.descriptors(kept);
        String file = full ? FULL_MATRIX : KEY_MATRIX;
        CibMatrix csv = CibCsv.parse(resource(file), "bundled " + file);
        ScenarioSpace read = csv.space();
        boolean same = read.descriptorCount() == space.descriptorCount();
        for (int d = 0; same && d < space.descriptorCount(); d++) {
            same = read.descriptor(d).id().equals(space.descriptor(d).id())
                    && read.descriptor(d).variants().stream().map(x -> x.id()).toList()
                            .equals(space.descriptor(d).variants().stream().map(x -> x.id()).toList());
        }
        if (!same) {
            throw new InvalidInputException("bundled " + file + " covers " + read.descriptors() + " but the chain "
                    + "selects " + space.descriptors() + ": the example data and the analysis disagree");
        }
        List<String> blocks = new ArrayList<>();
        for (Variable v : micmac.variables()) {
            v.group().filter(g -> !blocks.contains(g)).ifPresent(blocks::add);
        }
        return new BundledScenarios(keys, full ? List.of() : dropped, CibMatrix.of(space, csv.toArray()), blocks);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BundledScenarios.class.getResourceAsStream(StudyInput.BUNDLED + name)) {
            if (in == null) {
                throw new IOException("bundled resource " + StudyInput.BUNDLED + name
                        + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
