/**
 * Interpretive structural modelling (ISM) and its MICMAC: from a structural self-interaction
 * matrix (SSIM, V/A/X/O) or a 0/1 reachability matrix to the final reachability matrix, the
 * driving and dependence powers, the level partition (with the reachability, antecedent and
 * intersection sets of every iteration), the conical matrix, the digraph with transitive edges
 * removed, and the ISM-MICMAC clusters.
 *
 * <p>Entry points: {@link org.micmac4j.ism.IsmInput} (read or build the input) and
 * {@link org.micmac4j.ism.Ism} (an immutable, configured analysis), whose
 * {@link org.micmac4j.ism.Ism#analyze(IsmInput)} returns an immutable
 * {@link org.micmac4j.ism.IsmResult}.
 *
 * <pre>{@code
 * IsmInput in = IsmInput.readSsim(Path.of("ssim.csv"));
 * IsmResult r = Ism.withDefaults().analyze(in);
 * for (IsmVariable v : r.variables()) {
 *     System.out.println(v.id() + " level " + v.level() + " " + v.cluster());
 * }
 * }</pre>
 *
 * <p>Conventions (each is a documented default with a setting):
 * <ul>
 *   <li>a variable always reaches itself: the diagonal is set to 1 in every input;
 *   <li>{@link org.micmac4j.ism.ClosureMode#TRANSITIVE}: the final reachability matrix is the
 *       transitive closure of the input; {@link org.micmac4j.ism.ClosureMode#AS_GIVEN} uses the
 *       input matrix as the final one (published matrices that are not closed);
 *   <li>{@link org.micmac4j.ism.Partition#TOP_DOWN} (Warfield): the sinks are removed first;
 *       {@link org.micmac4j.ism.Partition#BOTTOM_UP} removes the sources first, a different
 *       partition in general;
 *   <li>{@link org.micmac4j.ism.LevelNumbering#FROM_SINKS}: level 1 is the sink end (the top of
 *       the hierarchy); {@link org.micmac4j.ism.LevelNumbering#FROM_SOURCES} only renumbers;
 *   <li>ISM-MICMAC split: {@link org.micmac4j.SplitRule#FIXED} at n/2 on both axes, a power equal
 *       to the threshold counts as high, a power of 1 never does.
 * </ul>
 *
 * <p>The method, with every convention and its source: docs/METHOD.md §7.
 *
 * <p>Published cases reproduced by the tests, and their settings: the CRAN {@code ISM} package's
 * ReadMe example (defaults); Kumar, Sharma &amp; Chauhan 2014, offshore outsourcing risks
 * (defaults; n/2 = 4.5 reproduces the stated MICMAC classes); SciTePress 2021 paper 103153
 * (its printed final matrix is not closed: {@link org.micmac4j.ism.ClosureMode#AS_GIVEN}).
 *
 * <p>Depends on the root package ({@code SplitRule}, {@code Thresholds}, errors) and {@code io}
 * (reading). Used by callers, reports and
 * the command line.
 */
package org.micmac4j.ism;
