package org.micmac4j.report.cib;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * What a reader of a CIB report must be warned of: descriptors that receive no impact telling
 * their variants apart (every judgement on them is 0, or the same for each of their variants).
 * Their variants then always score alike: any of them counts as consistent, and nothing in the
 * matrix supports the one a scenario holds.
 */
final class CibWarnings {
    private CibWarnings() {
    }

    /**
     * @param m a judgement matrix
     * @return the indices of the descriptors (with two variants or more) whose variants no
     *     judgement tells apart
     */
    static List<Integer> undistinguished(CibMatrix m) {
        ScenarioSpace space = m.space();
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < space.descriptorCount(); j++) {
            if (space.variantCount(j) < 2) {
                continue;
            }
            boolean alike = true;
            for (int row = 0; alike && row < space.totalVariants(); row++) {
                int first = m.cell(row, space.flatIndex(j, 0));
                for (int b = 1; alike && b < space.variantCount(j); b++) {
                    alike = m.cell(row, space.flatIndex(j, b)) == first;
                }
            }
            if (alike) {
                out.add(j);
            }
        }
        return out;
    }

    /**
     * @param m a judgement matrix
     * @return one sentence naming every such descriptor, or none
     */
    static List<String> sentences(CibMatrix m) {
        List<Integer> ds = undistinguished(m);
        if (ds.isEmpty()) {
            return List.of();
        }
        List<String> ids = ds.stream().map(j -> m.space().descriptor(j).id()).toList();
        boolean one = ds.size() == 1;
        String they = one ? "it" : "them";
        String their = one ? "its" : "their";
        return List.of(String.join(", ", ids) + (one ? " receives" : " receive") + " no impact that tells " + their
                + " variants apart (the judgements on " + they + " are all 0, or the same for each variant): whatever "
                + "the scenario, " + their + " variants tie, so any of them counts as consistent and nothing in the "
                + "matrix argues for the one chosen; scenarios differ in " + they + " only through " + their
                + " impact on the other descriptors. Judge the impacts on " + they + ", or treat " + they
                + " as external assumptions.");
    }
}
