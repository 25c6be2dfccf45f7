/**
 * The kit the report families share, internal: the robustness parts shown by both the MICMAC
 * and the panel reports, the JSON pieces of a view, the workbook sheets of a MICMAC analysis, the
 * sheet and workbook writer (the only place that touches Apache POI), the files of a folder, and
 * the drawing kit {@link org.micmac4j.report.internal.render}.
 *
 * <p>Not part of the library's API: its types are public only so that the family packages can
 * use them, are left out of the Javadoc, and may change in any release; no public signature of a
 * family names them (a test checks it). Depends on the analyses' results and on
 * {@code report.internal.render}; never on a family package.
 */
package org.micmac4j.report.internal;
