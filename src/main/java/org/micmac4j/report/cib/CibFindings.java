package org.micmac4j.report.cib;

import java.util.List;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.Variable;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.Ensemble;
import org.micmac4j.cib.InconsistencyCounts;
import org.micmac4j.cib.JudgementNoise;
import org.micmac4j.cib.ShareResult;
import org.micmac4j.cib.SuccessionResult;
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
 *         .withInconsistencyCounts(InconsistencyCounts.of(matrix, seed));
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

    private CibFindings(CibMatrix matrix, CibResult result, ShareResult<Ensemble> ensemble, List<String> members,
            SuccessionResult succession, ShareResult<JudgementNoise> noise, InconsistencyCounts inconsistency,
            List<Variable> keyVariables, List<Variable> withoutHypotheses) {
        this.matrix = matrix;
        this.result = result;
        this.ensemble = ensemble;
        this.members = members;
        this.succession = succession;
        this.noise = noise;
        this.inconsistency = inconsistency;
        this.keyVariables = keyVariables;
        this.withoutHypotheses = withoutHypotheses;
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
        return new CibFindings(matrix, result, null, List.of(), null, null, null, List.of(), List.of());
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
        return new CibFindings(null, null, result, List.copyOf(members), null, null, null, List.of(), List.of());
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
                withoutHypotheses);
    }

    /**
     * @param shares judgement noise over the same matrix (over the same members for an ensemble),
     *     or null
     * @return a copy with it
     */
    public CibFindings withNoise(ShareResult<JudgementNoise> shares) {
        return new CibFindings(matrix, result, ensemble, members, succession, shares, inconsistency, keyVariables,
                withoutHypotheses);
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
                withoutHypotheses);
    }

    /**
     * @param keys the key variables of the MICMAC study the descriptors come from
     * @param leftOut the key variables left out, having no hypotheses
     * @return a copy with them
     */
    public CibFindings withKeyVariables(List<Variable> keys, List<Variable> leftOut) {
        return new CibFindings(matrix, result, ensemble, members, succession, noise, inconsistency, List.copyOf(keys),
                List.copyOf(leftOut));
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
