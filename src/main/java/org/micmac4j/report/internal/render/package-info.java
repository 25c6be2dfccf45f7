/**
 * The drawing kit shared by every report, independent of any analysis: the SVG and HTML builders
 * ({@link org.micmac4j.report.internal.render.Svg}, {@link org.micmac4j.report.internal.render.HtmlPage}), the frame
 * of a two-measure plane ({@link org.micmac4j.report.internal.render.PlaneFrame}), label placement without
 * overlaps ({@link org.micmac4j.report.internal.render.LabelPlacer}, over a uniform grid and a summed-area
 * occupancy table so that it scales to thousands of points), colours
 * ({@link org.micmac4j.report.internal.render.Palette}), the one number formatter
 * ({@link org.micmac4j.report.internal.render.Numbers}), XML escaping, aligned text tables and a checked
 * streaming JSON writer ({@link org.micmac4j.report.internal.render.JsonWriter}).
 *
 * <p>Internal to the reports: its types are public only so that the report families can use
 * them; they are not part of the library's API and may change in any release. Depends on the JDK
 * only: never on an analysis package nor on a report.
 */
package org.micmac4j.report.internal.render;
