package org.govkg.diagram;

import org.govkg.vocab.EntityKind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Diagram} as DOT in govkg's visual language: one shape and colour per entity
 * type, a legend of the types present, Chinese (or English) link labels, and on every entity a
 * link to its page and a tooltip with its type and full name. Node IDs are generated
 * ({@code n0, n1, …} in a stable order); names only ever appear inside escaped strings.
 * The layout settings bound Graphviz's work on large pictures.
 */
public final class DotWriter {
    /** Font families for CJK text, in order of preference; Graphviz takes the first. */
    public static final String FONT = "Noto Sans CJK SC";
    private static final int MEMBER_COLUMNS = 3;

    private final String linkBase;
    private final String lang;
    /** Give every box its size (for an engine without CJK font metrics) instead of letting the engine measure. */
    private final boolean sized;

    /**
     * @param linkBase prefix an entity's URL-encoded IRI is appended to for its link, for example
     *                 {@code /entity?iri=}; empty for no links
     * @param lang     {@code zh} or {@code en}, for the title line, the legend and notes
     */
    public DotWriter(String linkBase, String lang) {
        this(linkBase, lang, false);
    }

    /** @param sized give boxes and table cells their size from the text, for an engine that cannot measure it */
    public DotWriter(String linkBase, String lang, boolean sized) {
        this.linkBase = linkBase;
        this.lang = lang;
        this.sized = sized;
    }

    /** Longest title line, in CJK characters, for an engine that cannot measure text. */
    private static final double TITLE_WIDTH_SIZED = 14;

    /** Node font size in points; {@link #size} needs it. */
    private static final double FONT_PT = 11;

    /** {@code , fixedsize=true, width=…, height=…} for a box showing {@code lines}, when boxes are sized. */
    private String size(List<String> lines, String shape) {
        if (!sized) return "";
        double em = 0;
        for (String l : lines) em = Math.max(em, DotText.width(l));
        double width = em * FONT_PT / 72 + 0.3, height = lines.size() * FONT_PT * 1.3 / 72 + 0.18;
        // shapes with corners cut or bulging sides need room beyond the text
        double grow = switch (shape) { case "ellipse" -> 1.35; case "hexagon" -> 1.25; case "note", "folder", "component" -> 1.1; default -> 1.0; };
        return String.format(java.util.Locale.ROOT, ", fixedsize=true, width=%.2f, height=%.2f", width * grow, Math.max(height, 0.36));
    }


    public String write(Diagram d) {
        Map<String, String> ids = new HashMap<>();
        List<Diagram.Node> nodes = d.nodes();
        for (Diagram.Node n : nodes) ids.put(n.key(), "n" + ids.size());

        StringBuilder dot = new StringBuilder(4096);
        dot.append("digraph govkg {\n");
        dot.append("  graph [rankdir=").append(d.rankdir())
            .append(", charset=\"UTF-8\", fontname=").append(DotText.quoted(FONT))
            .append(", fontsize=14, labelloc=t, labeljust=l, label=").append(title(d))
            .append(d.rows().isEmpty() && d.edges().stream().noneMatch(e -> e.predicate().isEmpty()) ? "" : ", compound=true")
            .append(", pad=0.3, nodesep=0.25, ranksep=0.45, newrank=true, outputorder=edgesfirst")
            // Bound network-simplex and crossing-minimisation work: layout time grows steeply with size.
            .append(", nslimit=4, nslimit1=4, mclimit=0.5, remincross=false, searchsize=30")
            .append(", bgcolor=\"white\"];\n");
        dot.append("  node [fontname=").append(DotText.quoted(FONT))
            .append(", fontsize=11, margin=\"0.12,0.06\", penwidth=1.2];\n");
        dot.append("  edge [fontname=").append(DotText.quoted(FONT))
            .append(", fontsize=9, color=\"#7f8c8d\", fontcolor=\"#4d5656\", arrowsize=0.7];\n");

        int c = 0;
        Map<String, String> clusterOf = new HashMap<>();
        for (Map.Entry<String, List<String>> cluster : d.clusters().entrySet()) {
            for (String key : cluster.getValue()) clusterOf.put(key, "cluster_" + c);
            dot.append("  subgraph cluster_").append(c++).append(" {\n")
                .append("    label=").append(DotText.quoted(cluster.getKey()))
                .append("; style=\"rounded,dashed\"; color=\"#aab7b8\"; fontsize=11; fontcolor=\"#566573\";\n    ");
            for (String key : cluster.getValue()) dot.append(ids.get(key)).append("; ");
            dot.append("\n  }\n");
        }
        Set<NodeType> present = EnumSet.noneOf(NodeType.class);
        boolean workingGroups = false;
        for (Diagram.Node n : nodes) {
            dot.append("  ").append(ids.get(n.key())).append(" [");
            if (!n.items().isEmpty()) dot.append(listNode(n));
            else if (n.type() == null) dot.append(summaryNode(n));
            else dot.append(entityNode(n, d.kind(n.iri()), d.mark(n.key())));
            dot.append("];\n");
            if (n.type() != null) present.add(n.type());
            if (d.kind(n.iri()) == EntityKind.WORKING_GROUP) workingGroups = true;
            n.items().forEach(i -> present.add(i.type()));
        }
        for (List<String> row : d.rows()) {
            dot.append("  { rank=same; ");
            for (String key : row) dot.append(ids.get(key)).append("; ");
            dot.append("}\n");
        }
        for (Diagram.Edge e : d.edges()) {
            if (e.predicate().isEmpty()) {
                // a line of the hierarchy: box to box, clipped at the boxes' borders
                dot.append("  ").append(ids.get(e.from())).append(" -> ").append(ids.get(e.to())).append(" [");
                if (clusterOf.containsKey(e.from())) dot.append("ltail=").append(clusterOf.get(e.from())).append(", ");
                if (clusterOf.containsKey(e.to())) dot.append("lhead=").append(clusterOf.get(e.to())).append(", ");
                dot.append("color=\"#aab7b8\", penwidth=1.4, arrowhead=none, tooltip=\"\"];\n");
                continue;
            }
            if (e.fromBelow()) dot.append("  ").append(ids.get(e.to())).append(" -> ").append(ids.get(e.from())).append(" [dir=back, ");
            else dot.append("  ").append(ids.get(e.from())).append(" -> ").append(ids.get(e.to())).append(" [");
            if (!e.label().isEmpty()) dot.append("label=").append(DotText.quoted(e.label())).append(", ");
            if (e.dashed()) dot.append("style=dashed, ");
            if (e.rank() > 1) dot.append("minlen=").append(e.rank()).append(", ");
            dot.append("tooltip=").append(DotText.tooltip(e.label())).append("];\n");
        }
        if (!present.isEmpty()) dot.append("  legend [shape=plaintext, margin=0, label=<").append(legend(present, workingGroups, d.hasMarks())).append(">];\n");
        dot.append("}\n");
        return dot.toString();
    }

    private String entityNode(Diagram.Node n, EntityKind kind, Diagram.Mark mark) {
        NodeType t = n.type();
        // a change diagram says it in the label too (＋/－), for a reader of a grey print
        String label = mark == Diagram.Mark.ADDED ? "＋ " + n.label() : mark == Diagram.Mark.REMOVED ? "－ " + n.label() : n.label();
        boolean dashed = kind == EntityKind.WORKING_GROUP || mark == Diagram.Mark.REMOVED;
        StringBuilder a = new StringBuilder();
        a.append("label=").append(DotText.wrapped(label))
            .append(size(DotText.wrap(label), t.shape()))
            .append(", shape=").append(t.shape())
            // a working group is a group of the same colour, drawn dashed: under its group, not beside it
            .append(", style=\"").append(dashed ? t.style() + ",dashed" : t.style()).append('"')
            .append(", fillcolor=\"").append(mark == Diagram.Mark.REMOVED ? REMOVED_FILL : t.fill()).append('"')
            .append(", color=\"").append(mark == Diagram.Mark.ADDED ? ADDED_LINE : mark == Diagram.Mark.REMOVED ? REMOVED_LINE : t.line()).append('"');
        if (mark == Diagram.Mark.ADDED) a.append(", penwidth=2.5");
        if (mark == Diagram.Mark.REMOVED) a.append(", penwidth=2, fontcolor=\"#7b7d7d\"");
        if (n.root()) a.append(", penwidth=3");
        a.append(", tooltip=").append(DotText.tooltip((kind == null ? t.label(lang) : kind.label(lang)) + "：" + n.label()));
        if (!linkBase.isEmpty()) a.append(", URL=").append(DotText.quoted(link(n.iri()))).append(", target=\"_top\"");
        return a.toString();
    }

    private String summaryNode(Diagram.Node n) {
        return "label=" + DotText.quoted(n.label()) + size(List.of(n.label()), "box")
            + ", shape=box, style=\"rounded,dashed\", color=\"#95a5a6\", fontcolor=\"#566573\", tooltip="
            + DotText.tooltip(n.label());
    }

    /** Many entities of one kind as one table, each cell a link: keeps a 57-member group readable. */
    private String listNode(Diagram.Node n) {
        NodeType t = n.items().get(0).type();
        StringBuilder h = new StringBuilder("<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"")
            .append(t.line()).append("\" BGCOLOR=\"").append(t.fill()).append("\">");
        h.append("<TR><TD COLSPAN=\"").append(MEMBER_COLUMNS).append("\"><B>").append(DotText.html(n.label())).append("</B></TD></TR>");
        List<Diagram.Node> items = n.items();
        for (int i = 0; i < items.size(); i += MEMBER_COLUMNS) {
            h.append("<TR>");
            for (int j = i; j < i + MEMBER_COLUMNS; j++) {
                if (j >= items.size()) { h.append("<TD></TD>"); continue; }
                Diagram.Node item = items.get(j);
                // table cells keep the engine's own width: text in a cell is placed by that width
                h.append("<TD ALIGN=\"LEFT\"");
                if (!linkBase.isEmpty()) h.append(" HREF=\"").append(DotText.html(link(item.iri()))).append("\" TARGET=\"_top\"");
                h.append(" TITLE=\"").append(DotText.html((t.label(lang) + "：" + item.label()).replace('\\', '\uFF3C'))).append("\">")
                    .append(DotText.html(shorten(item.label()))).append("</TD>");
            }
            h.append("</TR>");
        }
        h.append("</TABLE>");
        return "shape=plaintext, margin=0, label=<" + h + ">, tooltip=" + DotText.tooltip(n.label());
    }

    private static final String ADDED_LINE = "#1e8449", REMOVED_LINE = "#c0392b", REMOVED_FILL = "#f4f6f6";

    private String legend(Set<NodeType> types, boolean workingGroups, boolean marks) {
        StringBuilder h = new StringBuilder("<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\" CELLPADDING=\"3\"><TR>");
        String legend = "en".equals(lang) ? "Legend" : "图例";
        h.append("<TD BORDER=\"0\"").append("><FONT POINT-SIZE=\"9\">").append(legend).append("</FONT></TD>");
        for (NodeType t : types)
            h.append("<TD BGCOLOR=\"").append(t.fill()).append("\" COLOR=\"").append(t.line()).append("\"")
                .append("><FONT POINT-SIZE=\"9\">").append(DotText.html(t.label(lang))).append("</FONT></TD>");
        if (workingGroups)
            h.append("<TD BGCOLOR=\"").append(NodeType.LEADERSHIP_GROUP.fill()).append("\" COLOR=\"").append(NodeType.LEADERSHIP_GROUP.line())
                .append("\"><FONT POINT-SIZE=\"9\">").append(DotText.html(EntityKind.WORKING_GROUP.label(lang))).append("</FONT></TD>");
        if (marks) {
            h.append("<TD COLOR=\"").append(ADDED_LINE).append("\"><FONT POINT-SIZE=\"9\">")
                .append(DotText.html("en".equals(lang) ? "＋ added by this notice" : "＋ 本文件新增")).append("</FONT></TD>");
            h.append("<TD COLOR=\"").append(REMOVED_LINE).append("\" BGCOLOR=\"").append(REMOVED_FILL).append("\"><FONT POINT-SIZE=\"9\">")
                .append(DotText.html("en".equals(lang) ? "－ gone since the notice before" : "－ 较上一文件撤出")).append("</FONT></TD>");
        }
        return h.append("</TR></TABLE>").toString();
    }

    private String title(Diagram d) {
        String kind = d.kind().label(lang);
        // a query result is titled by its kind alone: "查询结果", not "查询结果 · 查询结果"
        String text = d.title().equals(kind) ? kind : d.title() + " · " + kind;
        List<String> lines = new java.util.ArrayList<>();
        // an engine without CJK metrics guesses the title twice as wide as it is and widens the
        // picture to fit: short lines keep its guess within the picture
        for (String l : sized ? DotText.wrap(text, TITLE_WIDTH_SIZED) : List.of(text)) lines.add(DotText.escape(l));
        if (d.subtitle() != null) lines.add(DotText.escape(d.subtitle()));
        if (d.isCapped()) lines.add(DotText.escape("en".equals(lang)
            ? "Showing " + d.shownEntities() + " of " + d.totalEntities() + " entities; the rest are folded into \"more\" nodes"
            : "显示 " + d.shownEntities() + " / " + d.totalEntities() + " 个实体，其余已折叠"));
        return DotText.lines(lines.toArray(String[]::new));
    }

    private String link(String iri) {
        return linkBase + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    private static String shorten(String label) {
        return label.length() > 16 ? label.substring(0, 15) + "…" : label;
    }
}
