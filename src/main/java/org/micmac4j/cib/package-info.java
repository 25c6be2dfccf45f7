/**
 * Cross-impact balance analysis (CIB, Weimer-Jehle 2006) on the scenario space of
 * {@code org.micmac4j.scenario}: a {@link org.micmac4j.cib.CibMatrix judgement matrix} over every
 * variant (row = impacting variant, column = impacted variant; own-descriptor blocks used as
 * given), the {@link org.micmac4j.cib.ImpactBalance impact balance} of a scenario, the exact
 * solution set of every scenario whose inconsistency is at most K ({@link org.micmac4j.cib.Cib}),
 * global succession with its attractors and exact or sampled basin weights
 * ({@link org.micmac4j.cib.Succession}), and robustness over several matrices
 * ({@link org.micmac4j.cib.Ensemble}) or under judgement noise
 * ({@link org.micmac4j.cib.JudgementNoise}). ScenarioWizard files and CSV matrices are read and
 * written by {@code org.micmac4j.cib.io}.
 *
 * <pre>{@code
 * CibMatrix m = CibCsv.read(Path.of("cib.csv"));
 * CibResult consistent = Cib.withDefaults().solve(m);                   // IC = 0, ties consistent
 * CibResult near = Cib.withDefaults().withMaxInconsistency(1).solve(m); // IC <= 1
 * SuccessionResult weights = Succession.withDefaults().weights(m);      // volume weights
 * }</pre>
 *
 * <p><b>Independent descriptor groups.</b> Adding the same number to every cell of one row of a
 * block (descriptor i on descriptor j) changes no score difference of j, so a block whose rows are
 * each constant cannot change the consistency of j. Two descriptors are coupled when a block
 * between them, in either direction, has a row that is not constant; the groups are the connected
 * components. A scenario's inconsistency is the largest over the groups, each depending on its own
 * variants only, so the solutions with IC &le; K are exactly the products of the groups' solutions:
 * {@link org.micmac4j.cib.Cib} solves each group on its own.
 *
 * <p>The method, its conventions and sources: docs/METHOD.md §10.
 *
 * <p>Depends on {@code org.micmac4j.scenario} (the space), the root package (errors) and the
 * internal message templates. Used by {@code org.micmac4j.cib.io}, reports and the command line.
 */
package org.micmac4j.cib;
