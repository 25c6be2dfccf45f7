/**
 * Reading and writing cross-impact matrices and solution lists: ScenarioWizard project files
 * ({@code .scw}, {@link org.micmac4j.cib.io.ScwReader}), solution lists ({@code .sl},
 * {@link org.micmac4j.cib.io.SolutionList}) and CSV matrices with {@code DESCRIPTOR:variant}
 * labels ({@link org.micmac4j.cib.io.CibCsv}).
 *
 * <p>Depends on {@code org.micmac4j.cib}, {@code org.micmac4j.scenario} and {@code org.micmac4j.io}
 * (the CSV reader). Used by callers and the command line.
 */
package org.micmac4j.cib.io;
