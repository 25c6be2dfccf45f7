/**
 * Reports of finished analyses: self-contained HTML pages, SVG pictures (the influence /
 * dependence plane, the displacement map, influence graphs, the ISM level diagram and plane, the
 * DEMATEL impact-relation map, the experts' rank intervals and sector probabilities, the scenario
 * tableau and inconsistency histogram, the morphological box), CSV tables and an Excel workbook of
 * results, JSON documents, and Graphviz DOT and GraphML exports. Entry points: the report
 * families {@link org.micmac4j.report.MicmacReport}, {@link org.micmac4j.report.IsmReport},
 * {@link org.micmac4j.report.DematelReport}, {@link org.micmac4j.report.ExpertsReport} and
 * {@link org.micmac4j.report.ScenarioReport} (report folders, written through
 * {@link org.micmac4j.io.ReportFolder}), and the JSON documents the command line prints
 * ({@link org.micmac4j.report.MicmacJson}, {@link org.micmac4j.report.IsmJson},
 * {@link org.micmac4j.report.DematelJson}, {@link org.micmac4j.report.ExpertsJson},
 * {@link org.micmac4j.report.CibJson}, {@link org.micmac4j.report.MorphJson}).
 *
 * <pre>{@code
 * MicmacReport.withDefaults().withTitle("My study").write(result, Path.of("micmac-report"));
 * }</pre>
 *
 * <p>Depends on the analysis packages whose results it draws (the root package, {@code ism},
 * {@code dematel}, {@code experts}, {@code agreement}, {@code scenario}, {@code cib},
 * {@code morph}), on {@code io} (the report folder), Apache Commons CSV and, for the workbook,
 * Apache POI (optional); never the reverse: no analysis knows how it is reported. Used by callers
 * and by the command line.
 */
package org.micmac4j.report;
