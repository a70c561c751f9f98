package org.govkg.diagram;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.govkg.vocab.EntityType;
import org.govkg.vocab.GKG;

/**
 * What a node in a diagram stands for, and how it looks: one shape and one colour per type, so
 * that a reader learns the legend once. The names are the ones users type in filters.
 */
public enum NodeType {
    LEADERSHIP_GROUP(EntityType.LEADERSHIP_GROUP, "box", "rounded,filled,bold", "#fde2e1", "#c0392b"),
    ORGANIZATION(EntityType.ORGANIZATION, "box", "rounded,filled", "#dce9f7", "#2c6fb7"),
    PLAN(EntityType.PLAN, "note", "filled", "#fff4cc", "#b7950b"),
    PROJECT(EntityType.PROJECT, "component", "filled", "#dcf2e3", "#1e8449"),
    PERSON(EntityType.PERSON, "ellipse", "filled", "#f3e0f7", "#7d3c98"),
    REGION(EntityType.REGION, "hexagon", "filled", "#e8e8e8", "#555555"),
    POST(GKG.Post, "post", "职务", "Post", "box", "filled,dashed", "#fdebd0", "#ca6f1e"),
    DOCUMENT(GKG.Document, "document", "来源文件", "Document", "folder", "filled", "#f2f3f4", "#34495e");

    private final Resource rdfClass;
    private final String key, zh, en, shape, style, fill, line;

    /** A node of one of the six entity kinds: its class, key and labels are the kind's own. */
    NodeType(EntityType kind, String shape, String style, String fill, String line) {
        this(kind.rdfClass(), kind.segment(), kind.label("zh"), kind.label("en"), shape, style, fill, line);
    }

    NodeType(Resource rdfClass, String key, String zh, String en, String shape, String style, String fill, String line) {
        this.rdfClass = rdfClass;
        this.key = key;
        this.zh = zh;
        this.en = en;
        this.shape = shape;
        this.style = style;
        this.fill = fill;
        this.line = line;
    }

    public Resource rdfClass() { return rdfClass; }
    /** The name used in filters and URLs: {@code group}, {@code organization}, … */
    public String key() { return key; }
    public String label(String lang) { return "en".equals(lang) ? en : zh; }
    String shape() { return shape; }
    String style() { return style; }
    String fill() { return fill; }
    String line() { return line; }

    /** The type of an RDF class IRI, if it is one a diagram shows. */
    public static Optional<NodeType> ofClass(String classIri) {
        return Arrays.stream(values()).filter(t -> t.rdfClass.getURI().equals(classIri)).findFirst();
    }

    /** The type a user names ({@code group}, {@code Organization}, {@code 机构} …). */
    public static NodeType parse(String name) {
        String n = name.strip();
        for (NodeType t : values())
            if (t.key.equalsIgnoreCase(n) || t.name().equalsIgnoreCase(n) || t.zh.equals(n)
                || t.en.toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT)))
                return t;
        throw new IllegalArgumentException("unknown entity type \"" + name + "\"; use one of "
            + String.join(", ", Arrays.stream(values()).map(NodeType::key).toList()));
    }
}
