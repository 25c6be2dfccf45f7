package org.micmac4j.report.micmac;

import org.micmac4j.Variable;
import org.micmac4j.report.internal.render.Numbers;
import org.micmac4j.report.internal.render.Xml;

/**
 * Exports an {@link InfluenceGraph} for other tools: Graphviz DOT ({@code dot -Tsvg}) and GraphML
 * (Gephi, yEd, Cytoscape, NetworkX). Nodes carry id, name and group; edges their weight, class and
 * whether they are potential.
 */
final class GraphExport {
    private GraphExport() {
    }

    /**
     * @param graph the graph
     * @return a Graphviz digraph, circular-friendly ({@code layout=circo} is a good start)
     */
    static String dot(InfluenceGraph graph) {
        StringBuilder sb = new StringBuilder();
        sb.append("digraph ").append(dotId(graph.name() + " influence")).append(" {\n");
        sb.append("  graph [label=").append(dotId(graph.name() + " influence graph, strongest "
                + Numbers.fixed(graph.percent(), 0) + " % of " + graph.totalEdges() + " links"
                + (graph.capped() ? ", at most the strongest few from each variable: " + graph.edges().size() : "")))
                .append("];\n");
        sb.append("  node [shape=ellipse, style=filled, fillcolor=\"#eef3f8\"];\n");
        for (Variable v : graph.variables()) {
            sb.append("  ").append(dotId(v.id())).append(" [tooltip=").append(dotId(v.name()));
            v.group().ifPresent(g -> sb.append(", group=").append(dotId(g)));
            sb.append("];\n");
        }
        for (InfluenceGraph.Edge e : graph.edges()) {
            sb.append("  ").append(dotId(graph.variables().get(e.from()).id())).append(" -> ")
                    .append(dotId(graph.variables().get(e.to()).id())).append(" [weight=")
                    .append(Numbers.exact(e.weight())).append(", label=")
                    .append(dotId(graph.classNames().get(e.edgeClass()))).append(", penwidth=")
                    .append(Numbers.fixed(0.8 + e.edgeClass() * 0.6, 1))
                    .append(e.potential() ? ", style=dashed, color=red" : "").append("];\n");
        }
        return sb.append("}\n").toString();
    }

    /** A DOT double-quoted id: backslashes and quotes escaped, line breaks as \n. */
    static String dotId(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + '"';
    }

    /**
     * @param graph the graph
     * @return a GraphML document with keys name, group (nodes) and weight, class, potential (edges)
     */
    static String graphml(InfluenceGraph graph) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        sb.append("  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n");
        sb.append("  <key id=\"group\" for=\"node\" attr.name=\"group\" attr.type=\"string\"/>\n");
        sb.append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
        sb.append("  <key id=\"class\" for=\"edge\" attr.name=\"class\" attr.type=\"string\"/>\n");
        sb.append("  <key id=\"potential\" for=\"edge\" attr.name=\"potential\" attr.type=\"boolean\"/>\n");
        sb.append("  <graph id=\"").append(Xml.escape(graph.name())).append("\" edgedefault=\"directed\">\n");
        for (Variable v : graph.variables()) {
            sb.append("    <node id=\"").append(Xml.escape(v.id())).append("\"><data key=\"name\">")
                    .append(Xml.escape(v.name())).append("</data>");
            v.group().ifPresent(g -> sb.append("<data key=\"group\">").append(Xml.escape(g)).append("</data>"));
            sb.append("</node>\n");
        }
        int k = 0;
        for (InfluenceGraph.Edge e : graph.edges()) {
            sb.append("    <edge id=\"e").append(k++).append("\" source=\"")
                    .append(Xml.escape(graph.variables().get(e.from()).id())).append("\" target=\"")
                    .append(Xml.escape(graph.variables().get(e.to()).id())).append("\"><data key=\"weight\">")
                    .append(Numbers.exact(e.weight())).append("</data><data key=\"class\">")
                    .append(Xml.escape(graph.classNames().get(e.edgeClass()))).append("</data><data key=\"potential\">")
                    .append(e.potential()).append("</data></edge>\n");
        }
        return sb.append("  </graph>\n</graphml>\n").toString();
    }
}
