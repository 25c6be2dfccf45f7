package org.micmac4j.report.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.micmac4j.Variable;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.DiverseSelection;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

/** The terminal text of a CIB report: one matrix or an ensemble, with noise when given. */
final class CibText {
    private CibText() {
    }

    static String of(CibReport c, CibFindings f) {
        return f.isEnsemble() ? ensemble(c, f) : single(c, f);
    }

    private static String single(CibReport c, CibFindings f) {
        StringBuilder sb = new StringBuilder(c.title()).append('\n');
        c.notes().forEach(n -> sb.append("NOTE: ").append(n).append('\n'));
        CibWarnings.sentences(f.matrix()).forEach(w -> sb.append("WARNING: ").append(w).append('\n'));
        if (!f.keyVariables().isEmpty()) {
            sb.append("\nKey variables (MICMAC, indirect view, INFLUENT or RELAY): ").append(ids(f.keyVariables()))
                    .append('\n');
            if (!f.withoutHypotheses().isEmpty()) {
                sb.append("Left out, the source has no hypotheses for them: ").append(ids(f.withoutHypotheses()))
                        .append('\n');
            }
        }
        CibSections.settings(f).forEach(line -> sb.append(line).append('\n'));
        sb.append(CibTable.of(f.matrix(), f.result(), f.succession(), c.scenariosListed()));
        ShareResult<JudgementNoise> noisy = f.noise();
        if (noisy != null) {
            JudgementNoise n = noisy.config();
            sb.append(String.format(Locale.ROOT, "%nJudgement noise: %d draws, sd %s, seed %d%s; probability of "
                    + "inconsistency <= %d%n", n.draws().count(), n.standardDeviation(), n.draws().seed(),
                    n.zerosKept() ? ", zeros kept" : "", n.cib().maxInconsistency()));
            sb.append(CibTable.of(noisy, c.scenariosListed()));
        }
        sb.append(CibSections.text(f, c.scenariosListed()));
        ScenarioSpace space = f.space();
        List<CibScenario> described = f.result().scenarios().subList(0, Math.min(c.scenariosDescribed(),
                f.result().size()));
        for (int k = 0; k < described.size(); k++) {
            CibScenario s = described.get(k);
            sb.append(String.format(Locale.ROOT, "%nScenario %d (inconsistency %d, consistency value %d, total impact "
                    + "score %d)%n", k + 1, s.inconsistency(), s.consistencyValue(), s.totalImpactScore()));
            describe(sb, space, s);
        }
        if (c.scenariosDescribed() > 0) {
            int k = 0;
            for (DiverseSelection.Pick p : f.diverse()) {
                CibScenario s = p.scenario();
                sb.append(String.format(Locale.ROOT, "%nDiverse pick %d: scenario %d%s%n", ++k,
                        f.result().scenarios().indexOf(s) + 1, p.minDistance().isPresent() ? ", " + p.minDistance()
                                .getAsInt() + " descriptors away from the closest earlier pick" : ""));
                describe(sb, space, s);
            }
        }
        return sb.toString().replace("\r\n", "\n");
    }

    /** One line per descriptor: its id, the scenario's variant id and name. */
    private static void describe(StringBuilder sb, ScenarioSpace space, CibScenario s) {
        for (int d = 0; d < space.descriptorCount(); d++) {
            Variant v = space.descriptor(d).variant(s.scenario().variant(d));
            sb.append(String.format(Locale.ROOT, "  %-8s %-3s %s%n", space.descriptor(d).id(), v.id(), v.name()));
        }
    }

    private static String ensemble(CibReport c, CibFindings f) {
        ShareResult<Ensemble> r = f.ensembleResult();
        List<String> names = f.members();
        List<String> numbers = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            numbers.add(Integer.toString(i + 1));
            legend.add((i + 1) + " " + names.get(i));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(c.title()).append(" (").append(String.join(", ", legend)).append(")\n");
        c.notes().forEach(n -> sb.append("NOTE: ").append(n).append('\n'));
        ScenarioSpace space = r.space();
        int k = r.config().cib().maxInconsistency();
        sb.append(space.descriptorCount()).append(" descriptors, ").append(space.totalVariants()).append(" variants, ")
                .append(space.size()).append(" scenarios\n");
        sb.append(String.format(Locale.ROOT,
                "%d scenarios with inconsistency <= %d in at least one member, %d in every "
                + "member%n", r.scenarios().size(), k, r.scenarios().stream().filter(s -> s.count() == r.matrices())
                        .count()));
        if (!r.scenarios().isEmpty()) {
            sb.append('\n').append(CibTable.of(r, c.scenariosListed(), numbers));
        }
        ShareResult<JudgementNoise> noisy = f.noise();
        if (noisy != null) {
            JudgementNoise n = noisy.config();
            sb.append(String.format(Locale.ROOT,
                    "%nJudgement noise: %d draws per member, sd %s, seed %d%s; probability "
                    + "of inconsistency <= %d for a member taken at random, and by member (%s)%n", n.draws().count(),
                    n.standardDeviation(), n.draws().seed(), n.zerosKept() ? ", zeros kept" : "", k,
                    String.join("/", numbers)));
            sb.append(CibTable.perMember(noisy, c.scenariosListed(), names.size()));
        }
        return sb.toString().replace("\r\n", "\n");
    }

    private static String ids(List<Variable> vs) {
        return String.join(", ", vs.stream().map(Variable::id).toList());
    }
}
