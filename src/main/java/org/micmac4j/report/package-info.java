/**
 * Reports of finished analyses, one sub-package per family, each behind the one interface
 * {@link org.micmac4j.report.Report}: the terminal text, the JSON document, an Excel workbook and
 * a report folder (self-contained HTML page, SVG pictures, CSV tables, Graphviz DOT and GraphML).
 *
 * <pre>
 * report/
 *   Report            the shape every family has: table, writeJson / json, writeXlsx, render / write
 *   micmac/           MicmacReport   (MicmacResult)           planes, displacement, influence graphs
 *   ism/              IsmReport      (IsmResult)              level diagram, ISM-MICMAC plane
 *   dematel/          DematelReport  (DematelResult)          impact-relation map
 *   experts/          ExpertsReport  (PanelFindings)          agreement, disputed cells, robustness
 *   cib/              CibReport      (CibFindings)            tableau, impact balances, ensembles, noise
 *   morph/            MorphReport    (MorphologicalResult)    morphological box, survival
 *   internal/         the kit the families share (not API): robustness parts, sheets and workbook,
 *     render/         SVG, HTML, JSON and text builders, plane frame, label placement, colours
 * </pre>
 *
 * Each family package has one public facade (and, where a report shows several results at once,
 * one small immutable input record: {@code PanelFindings}, {@code CibFindings}); every other class
 * is package-private, one job each.
 *
 * <pre>{@code
 * MicmacReport.withDefaults().withTitle("My study").write(result, Path.of("micmac-report"));
 * MicmacReport.withDefaults().writeJson(result, System.out);
 * }</pre>
 *
 * <p>Reports scale to large studies with documented limits, so that their size follows what the
 * user asked for, not n²: planes label every variable up to 200 and the top 60 above; pictures draw
 * at most 2 links per variable; exports, pages and JSON lists are capped (each family documents
 * its limits and the setting that lifts them).
 *
 * <p>Depends on the analysis packages whose results it draws (the root package, {@code ism},
 * {@code dematel}, {@code experts}, {@code agreement}, {@code scenario}, {@code cib},
 * {@code morph}), on {@code io} (the report folder and the atomic file writer), Apache Commons CSV
 * and, for the workbook, Apache POI (optional); never the reverse: no analysis knows how it is
 * reported. Used by callers and by the command line.
 */
package org.micmac4j.report;
