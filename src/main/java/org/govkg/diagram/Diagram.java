package org.govkg.diagram;

import org.govkg.vocab.EntityKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A picture before layout: typed nodes, labelled links, optional boxes (clusters) that group
 * nodes, and what was left out when the node cap was hit. Builders fill it; {@link DotWriter}
 * turns it into DOT.
 */
public final class Diagram {

    /** An entity drawn as a node. {@code iri} is null for the "+N more" and list nodes. */
    public record Node(String key, String iri, String label, NodeType type, boolean root, List<Node> items) {
        public Node {
            items = items == null ? List.of() : List.copyOf(items);
        }
        static Node entity(String iri, String label, NodeType type, boolean root) {
            return new Node(iri, iri, label, type, root, null);
        }
        /** True for the nodes that stand for folded or listed entities rather than one entity. */
        public boolean isSummary() { return iri == null; }
    }

    /**
     * A link; {@code predicate} is the property's IRI, {@code label} its name in the chosen language
     * (empty when a box around the target already says it), {@code rank} how many layout ranks it spans;
     * {@code fromBelow}: the link's source is laid out below its target (a founding document under
     * the group it set up, in an org chart that reads top to bottom).
     */
    public record Edge(String from, String to, String predicate, String label, boolean dashed, int rank, boolean fromBelow) {
        public Edge(String from, String to, String predicate, String label, boolean dashed, int rank) {
            this(from, to, predicate, label, dashed, rank, false);
        }
    }

    private final DiagramKind kind;
    private final String title;
    private final String rankdir;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, EntityKind> kinds = new java.util.HashMap<>();
    private final Map<String, Mark> marks = new java.util.HashMap<>();
    private String subtitle;

    /** How a change diagram marks a part: new in the notice drawn, or gone since the notice before. */
    public enum Mark { ADDED, REMOVED }
    private final List<List<String>> rows = new ArrayList<>();
    private final Set<Edge> edges = new LinkedHashSet<>();
    private final Map<String, List<String>> clusters = new LinkedHashMap<>();
    private int totalEntities;
    private boolean capped;

    public Diagram(DiagramKind kind, String title, String rankdir) {
        this.kind = kind;
        this.title = title;
        this.rankdir = rankdir;
    }

    public DiagramKind kind() { return kind; }
    public String title() { return title; }
    String rankdir() { return rankdir; }

    public Node add(Node node) {
        return nodes.merge(node.key(), node, (a, b) -> a.root() ? a : b.root() ? b : a);
    }

    public boolean has(String key) { return nodes.containsKey(key); }

    public void link(String from, String to, String predicate, String label) {
        link(from, to, predicate, label, false);
    }

    public void link(String from, String to, String predicate, String label, boolean dashed) {
        link(new Edge(from, to, predicate, label, dashed, 1));
    }

    public void link(Edge e) {
        if (nodes.containsKey(e.from()) && nodes.containsKey(e.to()) && !e.from().equals(e.to())) edges.add(e);
    }

    /** Draws the nodes in a labelled box; a node belongs to at most one box. */
    public void cluster(String label, Collection<String> keys) {
        List<String> present = keys.stream().filter(nodes::containsKey)
            .filter(k -> clusters.values().stream().noneMatch(c -> c.contains(k))).toList();
        if (!present.isEmpty()) clusters.computeIfAbsent(label, l -> new ArrayList<>()).addAll(present);
    }

    /** Records that {@code total} entities qualified but only those drawn are shown. */
    public void capped(int total) {
        this.totalEntities = total;
        this.capped = true;
    }

    public boolean isCapped() { return capped; }

    /** Entities that qualified for the picture, drawn or folded. */
    public int totalEntities() { return capped ? totalEntities : shownEntities(); }

    /** Entities drawn as nodes of their own. */
    public int shownEntities() {
        return (int) nodes.values().stream().filter(n -> !n.isSummary()).count();
    }

    /** Nodes in a stable order: roots first, then by type, label and IRI. */
    public List<Node> nodes() {
        return nodes.values().stream().sorted(Comparator.comparing((Node n) -> !n.root())
            .thenComparing(n -> n.type() == null ? Integer.MAX_VALUE : n.type().ordinal())
            .thenComparing(Node::label).thenComparing(Node::key)).toList();
    }

    public Node node(String key) { return nodes.get(key); }

    /** Records the kind (通知, 协议, 工作组 …) of the entities that have one, read once the picture is built. */
    void setKinds(Map<String, EntityKind> kinds) {
        this.kinds.clear();
        this.kinds.putAll(kinds);
    }

    /** The kind of the entity {@code iri}, or null. */
    public EntityKind kind(String iri) { return iri == null ? null : kinds.get(iri); }

    /** Marks the node {@code key} as added or removed (a change diagram). */
    public void mark(String key, Mark mark) { marks.put(key, mark); }

    /** The node's mark, or null. */
    public Mark mark(String key) { return marks.get(key); }

    public boolean hasMarks() { return !marks.isEmpty(); }

    /** A line under the title (the date and notice a group chart is drawn as of); null for none. */
    public String subtitle() { return subtitle; }

    public void subtitle(String line) { this.subtitle = line; }

    /** The IRIs of the entities drawn, in nodes and in lists. */
    List<String> entityIris() {
        List<String> out = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n.iri() != null) out.add(n.iri());
            n.items().forEach(i -> { if (i.iri() != null) out.add(i.iri()); });
        }
        return out;
    }

    public List<Edge> edges() {
        return edges.stream().sorted(Comparator.comparing(Edge::from).thenComparing(Edge::to)
            .thenComparing(Edge::predicate)).toList();
    }

    Map<String, List<String>> clusters() { return clusters; }

    /**
     * A line of the chart's hierarchy rather than a stated link: from one node (or the box it sits
     * in) to another (or its box). It has no predicate; the boxes' labels say what the rows are.
     */
    public void line(String from, String to) {
        link(new Edge(from, to, "", "", false, 1));
    }

    /** Lays the nodes out side by side on one row (the row of the first). */
    public void sameRow(Collection<String> keys) {
        List<String> present = keys.stream().filter(nodes::containsKey).toList();
        if (present.size() > 1) rows.add(present);
    }

    List<List<String>> rows() { return rows; }
}
