/**
 * Cross-impact balance (CIB, Weimer-Jehle 2006): consistent scenarios from a judgement matrix over
 * the variants of a {@link org.micmac4j.scenario.ScenarioSpace}.
 *
 * <pre>{@code
 * CibMatrix m = ScwReader.read(Path.of("project.scw")).matrix();     // or CibCsv.read(...), CibMatrix.of(space, cells)
 * CibResult kernel = Cib.withDefaults().solve(m);                     // all consistent scenarios, exactly
 * CibResult near = Cib.withDefaults().withMaxInconsistency(1).solve(m);
 * SuccessionResult w = Succession.withDefaults().weights(m);          // basins ("volume weights"), cycles
 * ShareResult<Ensemble> e = Ensemble.withDefaults().analyze(List.of(m1, m2, m3));
 * ShareResult<JudgementNoise> p = JudgementNoise.withDefaults().analyze(m);
 *
 * CibResult held = Cib.withDefaults().withIntervention(Map.of("A", "a2")).solve(m);   // §10.1
 * KernelChange change = KernelChange.between(kernel, held);                          // gained, lost
 * CibResult feasible = Cib.withDefaults().withConstraints(FeasibilityConstraints.none()
 *         .implies("A", "a1", "B", "b2").excludes("A", "a1", "C", "c3").allows("D", "d1", "d2")).solve(m);
 * List<DiverseSelection.Pick> three = DiverseSelection.select(kernel, w, 3);          // §10.2
 * LeverageResult fragile = Leverage.withDefaults().analyze(m);                        // §10.3
 * CibMatrix sum = CibMatrix.sum(List.of(m1, m2)), part = m.restrictedTo(List.of("A", "B"));
 * }</pre>
 *
 * <p><b>Conventions.</b> Row = impacting variant, column = impacted variant; own-descriptor blocks
 * used as given. θ_j(b | z) = Σ_i C[(i, z_i), (j, b)]; consistent iff every chosen variant has its
 * descriptor's maximal score (ties consistent); IC, CV, TIS as in {@link
 * org.micmac4j.cib.ImpactBalance}. Solution lists are sorted by IC, then TIS descending, then
 * variant indices ({@link org.micmac4j.cib.CibScenario#ORDER}). Global succession: all descriptors
 * switch at once; one already at a maximum keeps its variant, otherwise it takes the first maximal
 * one. Variant indices are 0-based in the API, 1-based in ScenarioWizard files and in
 * {@link org.micmac4j.scenario.Scenario#toString()}.
 *
 * <p><b>Independent descriptor groups.</b> Adding a constant to one impacting variant's cells on
 * all variants of one impacted descriptor changes no score difference, so a block whose rows are
 * each constant couples nothing; the solver splits the descriptors into the connected groups of
 * the remaining couplings and combines their solution sets.
 *
 * <p><b>Threads, errors.</b> Configured objects are immutable and thread-safe; solvers use all
 * processors unless {@code withThreads(1)} ({@link org.micmac4j.Threads}); results do not depend on
 * the number of threads (each random draw has its own generator, a function of the seed and the
 * draw's index: {@link org.micmac4j.Draws}). Bad input and limits exceeded throw
 * {@link org.micmac4j.InvalidInputException} with the file, line, descriptor or variant.
 *
 * <p>The method, its conventions and sources: docs/METHOD.md §10.
 *
 * <p><b>Dependencies.</b> Uses {@code org.micmac4j.scenario}, the root package (errors) and
 * {@code org.micmac4j.internal} (messages); {@code org.micmac4j.cib.io} reads and writes files on
 * top of this package. Used by the command line and reports.
 */
package org.micmac4j.cib;
