/**
 * micmac4j: structural analysis for foresight studies. Given a matrix of direct influences between
 * the variables of a system, MICMAC ranks the variables by their direct and indirect influence and
 * dependence (row and column sums of the matrix and of its powers, with the order chosen by rank
 * stability), places them in four sectors (influent, relay, dependent, autonomous) and shows how
 * they move from the direct to the indirect view. Its relatives ISM, DEMATEL and fuzzy MICMAC, and
 * other indirect-influence operators, share the same inputs and result shapes; reports, plots and a
 * command line sit on top. Around them, the study chain: several experts' partial grids become one
 * synthesis with its agreement and uncertainty, and the key variables' hypotheses become
 * consistent scenarios (cross-impact balance, morphological analysis).
 *
 * <h2>The five types to know first</h2>
 * <ul>
 *   <li>{@link org.micmac4j.InfluenceMatrix}: the validated, immutable direct-influence matrix
 *       (values 0..3 and P by default) over a list of {@link org.micmac4j.Variable}s;</li>
 *   <li>{@link org.micmac4j.io.MatrixCsv}: reads it from (and writes it to) CSV, with a variables
 *       file if you have one;</li>
 *   <li>{@link org.micmac4j.Micmac}: the analysis, configured once ({@code withDefaults()},
 *       {@code with...}) and reusable;</li>
 *   <li>{@link org.micmac4j.MicmacResult}: everything the analysis found: the four views, the order
 *       and its stability report, the structure diagnosis, displacements, matrix
 *       characteristics;</li>
 *   <li>{@link org.micmac4j.ViewResult}: one view ({@link org.micmac4j.View#DIRECT},
 *       {@link org.micmac4j.View#INDIRECT} and their potential twins): each variable's influence,
 *       dependence, ranks and {@link org.micmac4j.Sector}.</li>
 * </ul>
 *
 * <pre>{@code
 * InfluenceMatrix m = MatrixCsv.read(Path.of("matrix.csv"), Path.of("variables.csv"));
 * MicmacResult r = Micmac.withDefaults().analyze(m);   // automatic order, MEAN split, P = 0 / 3
 * ViewResult indirect = r.view(View.INDIRECT);
 * for (int i = 0; i < indirect.size(); i++) {
 *     System.out.println(indirect.variables().get(i).id() + " " + indirect.influenceRank(i)
 *             + " " + indirect.sector(i));
 * }
 * System.out.println("order " + r.order() + ", stop " + r.iteration(View.INDIRECT).stopReason());
 * }</pre>
 *
 * <h2>Packages</h2>
 * <table>
 *   <caption>The packages and their one job each</caption>
 *   <tr><th>package</th><th>job</th></tr>
 *   <tr><td>{@code org.micmac4j}</td><td>MICMAC: matrix, variables, analysis, results,
 *       sectors, structure diagnosis, the shared {@link org.micmac4j.Ranking} shape and
 *       {@link org.micmac4j.InvalidInputException}</td></tr>
 *   <tr><td>{@code org.micmac4j.io}</td><td>files: CSV and Excel reading (the labelled table
 *       under every format), matrix writing, the one atomic file writer and report folders</td></tr>
 *   <tr><td>{@code org.micmac4j.ism}</td><td>interpretive structural modelling and its
 *       MICMAC</td></tr>
 *   <tr><td>{@code org.micmac4j.dematel}</td><td>DEMATEL: total relation, prominence and
 *       relation, cause and effect groups</td></tr>
 *   <tr><td>{@code org.micmac4j.fuzzy}</td><td>fuzzy MICMAC: linguistic scales, max-min
 *       powers</td></tr>
 *   <tr><td>{@code org.micmac4j.operator}</td><td>one interface over every indirect-influence
 *       operator, and their comparison by Kendall's tau</td></tr>
 *   <tr><td>{@code org.micmac4j.experts}</td><td>several experts: panels of partial grids,
 *       aggregation, agreement, disputed cells, Monte Carlo robustness</td></tr>
 *   <tr><td>{@code org.micmac4j.agreement}</td><td>agreement statistics on their own: Kendall's W,
 *       Krippendorff's alpha, Fleiss' kappa, intraclass correlations</td></tr>
 *   <tr><td>{@code org.micmac4j.scenario}</td><td>the scenario space shared by cross-impact
 *       balance and morphological analysis: descriptors, variants, exact counts</td></tr>
 *   <tr><td>{@code org.micmac4j.cib}, {@code org.micmac4j.cib.io}</td><td>cross-impact balance:
 *       consistent scenarios, succession and weights, ensembles; ScenarioWizard and CSV
 *       files</td></tr>
 *   <tr><td>{@code org.micmac4j.morph}</td><td>morphological analysis: cross-consistency
 *       assessment, exact counts, inference</td></tr>
 *   <tr><td>{@code org.micmac4j.jgrapht}</td><td>optional adapter to JGraphT graphs</td></tr>
 *   <tr><td>{@code org.micmac4j.report}</td><td>reports: the one shape
 *       {@link org.micmac4j.report.Report} (terminal text, JSON, workbook, folder of SVG, HTML,
 *       CSV, DOT and GraphML), one family per sub-package: {@code report.micmac},
 *       {@code report.ism}, {@code report.dematel}, {@code report.experts}, {@code report.cib},
 *       {@code report.morph}, each one public facade; their shared kit
 *       {@code report.internal} is not API</td></tr>
 *   <tr><td>{@code org.micmac4j.cli}</td><td>the {@code micmac} command line (not in the library
 *       jar)</td></tr>
 *   <tr><td>{@code org.micmac4j.internal} and its sub-packages</td><td>kernels, storage, graph
 *       algorithms, linear algebra, random streams and the worker pool behind the API; not part
 *       of it</td></tr>
 * </table>
 *
 * <p>The packages form layers, and a layer uses only the layers below it (a test,
 * {@code LayersTest}, checks it, and that no public signature of an API package names an internal
 * type):
 * <pre>
 *   applications  cli, the study workspace (server), Spark     on top, side by side; only cli starts the others
 *   reports       report, report.micmac | ism | dematel | experts | cib | morph, report.internal (the kit)
 *   scenarios     scenario, cib, cib.io, morph
 *   analyses      agreement, dematel, experts, fuzzy, ism, operator, jgrapht
 *   io            io
 *   core          org.micmac4j, internal.*
 * </pre>
 *
 * <h2>The method</h2>
 * What is computed, with every convention, default ({@code *_DEFAULT} constants) and source, is
 * written in {@code docs/METHOD.md} of the repository; the Javadoc cites its sections as
 * "docs/METHOD.md §N".
 *
 * <h2>Policies</h2>
 * <ul>
 *   <li><b>Immutability.</b> Matrices, variables, configured analyses and results are immutable.
 *       An analysis is configured from {@code withDefaults()} by {@code with...} methods, each
 *       returning a modified copy; every result exposes the configuration that produced it
 *       ({@code config()}). Arrays are copied in and out; inputs are never modified.</li>
 *   <li><b>Thread-safety.</b> Because of the above, every public object can be shared between
 *       threads. Results compute expensive parts (indirect views, diagnoses, exact sums) lazily,
 *       at most once.</li>
 *   <li><b>Threads.</b> Every analysis that runs in parallel follows one policy,
 *       {@link org.micmac4j.Threads}: {@code 0} is one thread per processor, from one shared pool
 *       of daemon threads; results never depend on the thread count; interrupting the calling
 *       thread cancels a run.</li>
 *   <li><b>Random draws.</b> Every Monte Carlo analysis is configured by one
 *       {@link org.micmac4j.Draws} (count, seed, threads, progress). Draw d's generator depends on
 *       the seed and d alone ({@link org.micmac4j.Draws#stream(long)}), so a seed gives the same
 *       result on any machine and thread count, and a draw computed alone is the run's.</li>
 *   <li><b>Errors.</b> Bad input (a file, a matrix, an id, a cell) throws
 *       {@link org.micmac4j.InvalidInputException}, an {@code IllegalArgumentException} whose
 *       message names the file, line, row, column or id at fault. A result that cannot be
 *       represented (an overflow beyond the double range, a series that does not converge) throws
 *       {@code ArithmeticException} saying why. Nothing is silently dropped, clamped or
 *       replaced: never a wrong answer.</li>
 * </ul>
 */
package org.micmac4j;
