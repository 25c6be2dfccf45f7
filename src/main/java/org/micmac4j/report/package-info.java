/**
 * Reports of finished analyses: self-contained HTML pages, SVG pictures (the influence /
 * dependence plane, the displacement map, influence graphs, the ISM level diagram and plane, the
 * DEMATEL impact-relation map), CSV tables, JSON documents, and Graphviz DOT and GraphML exports.
 *
 * <p>Three public entry points, one per analysis, all shaped alike (immutable, {@code withDefaults()},
 * {@code with...} copies, {@code *_DEFAULT} constants): {@link org.micmac4j.report.MicmacReport},
 * {@link org.micmac4j.report.IsmReport} and {@link org.micmac4j.report.DematelReport}. Each writes its
 * report folder ({@code write}), renders it in memory ({@code render}), streams the JSON document
 * the command line prints ({@code writeJson}, {@code json}) and renders the terminal table
 * ({@code table}).
 *
 * <pre>{@code
 * MicmacReport.withDefaults().withTitle("My study").write(result, Path.of("micmac-report"));
 * MicmacReport.withDefaults().writeJson(result, System.out);
 * }</pre>
 *
 * <p>Every other class here is package-private and belongs to one family, named by its prefix or
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
 * {@code dematel}) and on {@code report.render}; never the reverse: no analysis knows how it is
 * reported. Used by callers and by the command line.
 */
package org.micmac4j.report;
