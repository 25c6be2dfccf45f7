/**
 * Reports of finished analyses: self-contained HTML pages, SVG pictures (the influence /
 * dependence plane, the displacement map, influence graphs, the ISM level diagram and plane, the
 * DEMATEL impact-relation map), CSV tables, JSON documents, and Graphviz DOT and GraphML exports.
 * Entry points: {@link org.micmac4j.report.MicmacReport}, {@link org.micmac4j.report.IsmReport},
 * {@link org.micmac4j.report.DematelReport} (report folders) and
 * {@link org.micmac4j.report.MicmacJson}, {@link org.micmac4j.report.IsmJson},
 * {@link org.micmac4j.report.DematelJson} (the JSON the command line prints).
 *
 * <pre>{@code
 * MicmacReport.withDefaults().withTitle("My study").write(result, Path.of("micmac-report"));
 * }</pre>
 *
 * <p>Depends on the analysis packages whose results it draws (the root package, {@code ism},
 * {@code dematel}); never the reverse: no analysis knows how it is reported. Used by callers and by
 * the command line.
 */
package org.micmac4j.report;
