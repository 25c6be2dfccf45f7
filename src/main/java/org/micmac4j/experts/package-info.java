/**
 * Many experts, one synthesis, and how sure it is: a {@link org.micmac4j.experts.Panel} of
 * experts' partial grids, their {@link org.micmac4j.experts.PanelSynthesis synthesis} into one
 * aggregate matrix analysed by {@link org.micmac4j.Micmac}, the agreement between the experts
 * (Kendall's W, Krippendorff's alpha, per-cell dispersion, disputed cells, leave-one-expert-out)
 * and the Monte Carlo {@link org.micmac4j.experts.Robustness robustness} of the sectors and ranks.
 *
 * <pre>{@code
 * Panel panel = PanelCsv.readFolder(Path.of("panel"), variables, Scale.CLASSIC);
 * PanelResult r = PanelSynthesis.withDefaults().withRule(AggregationRule.MEDIAN).synthesize(panel);
 * r.agreement().kendallW(View.INDIRECT, Axis.INFLUENCE).w();
 * RobustnessResult mc = Robustness.withDefaults().withDraws(1000).withSeed(42).run(panel, r.config());
 * mc.robustKeyVariables(View.INDIRECT);
 * }</pre>
 *
 * <p>The method, its conventions and sources: docs/METHOD.md §9.
 *
 * <p>Depends on the root API, {@code org.micmac4j.agreement}, {@code org.micmac4j.io} (reading
 * panels), Apache Commons CSV and Apache Commons RNG (the per-draw generators); nothing depends
 * on it except the command line and the report.
 */
package org.micmac4j.experts;
