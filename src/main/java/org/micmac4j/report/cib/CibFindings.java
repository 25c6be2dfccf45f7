package org.micmac4j.report.cib;

import java.util.List;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.Variable;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.DiverseSelection;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.InconsistencyCounts;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.KernelChange;
import org.micmac4j.cib.LeverageResult;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.scenario.Blocks;
import org.micmac4j.scenario.Quantities;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * What a CIB report shows: either the solution set of one judgement matrix (with, when computed,
 * its succession weights, its inconsistency histogram and its judgement noise), or an ensemble of
 * matrices over one space (with, when computed, judgement noise over the members). When the
 * descriptors came from a MICMAC study, its key variables say so.
 *
 * <pre>{@code
 * CibFindings one = CibFindings.of(matrix, cib.solve(matrix))
 *         .withSuccession(succession.weights(matrix))
 *         .withInconsistencyCounts(InconsistencyCounts.of(matrix, draws));
 * CibFindings many = CibFindings.ensemble(Ensemble.withDefaults().analyze(matrices), names);
 * }</pre>
 *
 * <p>Immutable; {@code with...} methods return modified copies.
 */
public final class CibFindings {
    private final CibMatrix matrix;
    private final CibResult result;
    private final ShareResult<Ensemble> ensemble;
    private final List<String> members;
    private final SuccessionResult succession;
    private final ShareResult<JudgementNoise> noise;
    private final InconsistencyCounts inconsistency;
    private final List<Variable> keyVariables;
    private final List<Variable> withoutHypotheses;
    private final AfterKernel after;

    /**
     * What the analysis did after the kernel (docs/METHOD.md §10.1 to §10.3), each null or empty
     * when not asked for.
     */
    private record AfterKernel(KernelChange againstFree, List<DiverseSelection.Pick> diverse, Quantities quantities,
            LeverageResult leverage, Blocks blocks) {
        static final AfterKernel NONE = new AfterKernel(null, List.of(), null, null, null);
    }

    private CibFindings(CibMatrix matrix, CibResult result, ShareResult<Ensemble> ensemble, List<String> members,
            SuccessionResult succession, ShareResult<JudgementNoise> noise, InconsistencyCounts inconsistency,
            List<Variable> keyVariables, List<Variable> withoutHypotheses, AfterKernel after) {
        this.matrix = matrix;
        this.result = result;
        this.ensemble = ensemble;
        this.members = members;
        this.succession = succession;
        this.noise = noise;
        this.inconsistency = inconsistency;
        this.keyVariables = keyVariables;
        this.withoutHypotheses = withoutHypotheses;
        this.after = after;
    }

    /**
     * @param matrix a judgement matrix
     * @param result its solution set
     * @return the findings of one matrix
     * @throws InvalidInputException when the result is of another space
     */
    public static CibFindings of(CibMatrix matrix, CibResult result) {
        Objects.requireNonNull(matrix, "matrix");
        if (!result.space().equals(matrix.space())) {
            throw new InvalidInputException("the solution set is of another scenario space than the matrix");
        }
        return new CibFindings(matrix, result, null, List.of(), null, null, null, List.of(), List.of(),
                AfterKernel.NONE);
    }

    /**
     * @param result the shares of an ensemble of matrices
     * @param members the members' names, in the order they were solved
     * @return the findings of an ensemble
     * @throws InvalidInputException when the names are not one per member
     */
    public static CibFindings ensemble(ShareResult<Ensemble> result, List<String> members) {
        if (members.size() != result.matrices()) {
            throw new InvalidInputException(members.size() + " member names for " + result.matrices() + " members");
        }
        return new CibFindings(null, null, result, List.copyOf(members), null, null, null, List.of(), List.of(),
                AfterKernel.NONE);
    }

    /**
     * @param weights the succession weights of the matrix, or null
     * @return a copy with them
     * @throws InvalidInputException for an ensemble
     */
    public CibFindings withSuccession(SuccessionResult weights) {
        if (weights != null && isEnsemble()) {
            throw new InvalidInputException("an ensemble has no succession weights");
        }
        return new CibFindings(matrix, result, ensemble, members, weights, noise, inconsistency, keyVariables,
                withoutHypotheses, after);
    }

    /**
     * @param shares judgement noise over the same matrix (over the same members for an ensemble),
     *     or null
     * @return a copy with it
     */
    public CibFindings withNoise(ShareResult<JudgementNoise> shares) {
        return new CibFindings(matrix, result, ensemble, members, succession, shares, inconsistency, keyVariables,
                withoutHypotheses, after);
    }

    /**
     * @param counts the inconsistency histogram of the matrix ({@link InconsistencyCounts#of}), or
     *     null for none
     * @return a copy with it
     * @throws InvalidInputException for an ensemble
     */
    public CibFindings withInconsistencyCounts(InconsistencyCounts counts) {
        if (counts != null && isEnsemble()) {
            throw new InvalidInputException("an ensemble has no single inconsistency histogram");
        }
        return new CibFindings(matrix, result, ensemble, members, succession, noise, counts, keyVariables,
                withoutHypotheses, after);
    }

    /**
     * @param keys the key variables of the MICMAC study the descriptors come from
     * @param leftOut the key variables left out, having no hypotheses
     * @return a copy with them
     */
    public CibFindings withKeyVariables(List<Variable> keys, List<Variable> leftOut) {
        return new CibFindings(matrix, result, ensemble, members, succession, noise, inconsistency, List.copyOf(keys),
                List.copyOf(leftOut), after);
    }

    private CibFindings with(AfterKernel a) {
        return new CibFindings(matrix, result, ensemble, members, succession, noise, inconsistency, keyVariables,
                withoutHypotheses, a);
    }

    private void requireOneMatrix(String what) {
        if (isEnsemble()) {
            throw new InvalidInputException("an ensemble has no " + what);
        }
    }

    /**
     * @param change what the solution set under an intervention gains and loses against the free
     *     one ({@link KernelChange#between}), or null
     * @return a copy with it
     * @throws InvalidInputException for an ensemble
     */
    public CibFindings withInterventionChange(KernelChange change) {
        requireOneMatrix("intervention");
        return with(new AfterKernel(change, after.diverse(), after.quantities(), after.leverage(), after.blocks()));
    }

    /**
     * @param picks the diverse selection of the solution set ({@link DiverseSelection#select}); empty for none
     * @return a copy with it
     * @throws InvalidInputException for an ensemble
     */
    public CibFindings withDiverse(List<DiverseSelection.Pick> picks) {
        requireOneMatrix("diverse selection");
        return with(new AfterKernel(after.againstFree(), List.copyOf(picks), after.quantities(), after.leverage(),
                after.blocks()));
    }

    /**
     * @param q the quantified variants of the space, or null: every scenario's indicator values
     * @return a copy with them
     * @throws InvalidInputException for an ensemble, or quantities of another space
     */
    public CibFindings withQuantities(Quantities q) {
        requireOneMatrix("quantities");
        if (q != null && !q.space().equals(space())) {
            throw new InvalidInputException("the quantities are of another scenario space than the matrix");
        }
        return with(new AfterKernel(after.againstFree(), after.diverse(), q, after.leverage(), after.blocks()));
    }

    /**
     * @param cells the leverage cells of the matrix ({@link org.micmac4j.cib.Leverage}), or null
     * @return a copy with them
     * @throws InvalidInputException for an ensemble
     */
    public CibFindings withLeverage(LeverageResult cells) {
        requireOneMatrix("leverage cells");
        return with(new AfterKernel(after.againstFree(), after.diverse(), after.quantities(), cells, after.blocks()));
    }

    /**
     * @param b the blocks of the space: the scenarios are also shown grouped by their block-level
     *     hypotheses; null for none
     * @return a copy with them
     * @throws InvalidInputException for an ensemble
     */
    public CibFindings withBlocks(Blocks b) {
        requireOneMatrix("blocks");
        return with(new AfterKernel(after.againstFree(), after.diverse(), after.quantities(), after.leverage(), b));
    }

    /** @return what the solution set under the intervention gains and loses against the free one, or null */
    public KernelChange interventionChange() {
        return after.againstFree();
    }

    /** @return the diverse selection, in the order picked (empty when not asked for) */
    public List<DiverseSelection.Pick> diverse() {
        return after.diverse();
    }

    /** @return the quantified variants, or null */
    public Quantities quantities() {
        return after.quantities();
    }

    /** @return the leverage cells, or null */
    public LeverageResult leverage() {
        return after.leverage();
    }

    /** @return the blocks the scenarios are grouped by, or null */
    public Blocks blocks() {
        return after.blocks();
    }

    /** @return whether these are the findings of an ensemble */
    public boolean isEnsemble() {
        return ensemble != null;
    }

    /** @return the scenario space */
    public ScenarioSpace space() {
        return isEnsemble() ? ensemble.space() : matrix.space();
    }

    /** @return the judgement matrix, or null for an ensemble */
    public CibMatrix matrix() {
        return matrix;
    }

    /** @return the solution set, or null for an ensemble */
    public CibResult result() {
        return result;
    }

    /** @return the ensemble's shares, or null for one matrix */
    public ShareResult<Ensemble> ensembleResult() {
        return ensemble;
    }

    /** @return the members' names (empty for one matrix) */
    public List<String> members() {
        return members;
    }

    /** @return the succession weights, or null */
    public SuccessionResult succession() {
        return succession;
    }

    /** @return the judgement noise, or null */
    public ShareResult<JudgementNoise> noise() {
        return noise;
    }

    /** @return the inconsistency histogram, or null */
    public InconsistencyCounts inconsistencyCounts() {
        return inconsistency;
    }

    /** @return the key variables of the MICMAC study the descriptors come from (empty when unknown) */
    public List<Variable> keyVariables() {
        return keyVariables;
    }

    /** @return the key variables left out for want of hypotheses */
    public List<Variable> withoutHypotheses() {
        return withoutHypotheses;
    }
}
