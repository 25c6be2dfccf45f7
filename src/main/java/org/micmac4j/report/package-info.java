/**
 * Reports of finished analyses: self-contained HTML pages, SVG pictures (the influence /
 * dependence plane, the displacement map, influence graphs, the ISM level diagram and plane, the
 * DEMATEL impact-relation map, the experts' rank intervals and sector probabilities, the scenario
 * tableau and inconsistency histogram, the morphological box), CSV tables and an Excel workbook of
 * results, JSON documents, and Graphviz DOT and GraphML exports.
 *
 * <p>Entry points: the report builders {@link org.micmac4j.report.MicmacReport},
 * {@link org.micmac4j.report.IsmReport} and {@link org.micmac4j.report.DematelReport}, all shaped
 * alike (immutable, {@code withDefaults()}, {@code with...} copies, {@code *_DEFAULT} constants):
 * each writes its report folder ({@code write}), renders it in memory ({@code render}), streams the
 * JSON document the command line prints ({@code writeJson}, {@code json}) and renders the terminal
 * table ({@code table}); and {@link org.micmac4j.report.ExpertsReport},
 * {@link org.micmac4j.report.ScenarioReport} (report folders, written through
 * {@link org.micmac4j.io.ReportFolder}) with the JSON documents of the other commands
 * ({@link org.micmac4j.report.ExpertsJson}, {@link org.micmac4j.report.CibJson},
 * {@link org.micmac4j.report.MorphJson}).
 *
 * <pre>{@code
 * MicmacReport.withDefaults().withTitle("My study").write(result, Path.of("micmac-report"));
 * MicmacReport.withDefaults().writeJson(result, System.out);
 * }</pre>
 *
 * <p>The other classes of these three families are package-private, each named by its prefix or
 * its picture: MICMAC ({@code PlaneSvg}, {@code DisplacementSvg}, {@code GraphSvg},
 * {@code InfluenceGraph}, {@code GraphExport}, {@code ResultsCsv}, {@code MicmacHtml},
 * {@code MicmacJson}, {@code ClassificationTable}), ISM ({@code Ism*}) and DEMATEL ({@code Dematel*}).
 * They draw through the shared {@link org.micmac4j.report.render} package.
 *
 * <p>Reports scale to large studies with documented limits, so that their size follows what the
 * user asked for, not n²: planes label every variable up to 200 and the top 60 above; pictures draw
 * at most 2 links per variable; exports and JSON lists are capped (each builder documents its
 * limits and the option that lifts them).
 *
 * <p>Depends on the analysis packages whose results it draws (the root package, {@code ism},
 * {@code dematel}, {@code experts}, {@code agreement}, {@code scenario}, {@code cib},
 * {@code morph}), on {@code report.render} (the shared drawing kit), on {@code io} (the report
 * folder), Apache Commons CSV and, for the workbook, Apache POI (optional); never the reverse: no
 * analysis knows how it is reported. Used by callers and by the command line.
 */
package org.micmac4j.report;
