package org.govkg.diagram;

import java.util.Arrays;

/** The six pictures govkg draws (and the drawing of a query's result). */
public enum DiagramKind {
    NEIGHBOURHOOD("neighbourhood", "关系网络", "Neighbourhood", 1, null),
    GROUP("group", "领导小组组织架构", "Leadership group structure", 1, NodeType.LEADERSHIP_GROUP),
    PLAN("plan", "规划项目图", "Plan map", 1, NodeType.PLAN),
    DOCUMENT("document", "文件内容概览", "Document overview", 1, NodeType.DOCUMENT),
    PATH("path", "关联路径", "Path", 2, null),
    /** A plan's or project's lineage: the plans it implements, up to the national one, and those that implement it. */
    LINEAGE("lineage", "政策脉络", "Policy lineage", 1, null),
    /** The entities and links a SPARQL query returns (the workbench's diagram view); not drawn from a named entity. */
    QUERY("query", "查询结果", "Query results", 0, null);

    private final String key, zh, en;
    private final int entities;
    private final NodeType expects;

    DiagramKind(String key, String zh, String en, int entities, NodeType expects) {
        this.expects = expects;
        this.key = key;
        this.zh = zh;
        this.en = en;
        this.entities = entities;
    }

    /** The name used on the command line and in URLs. */
    public String key() { return key; }
    public String label(String lang) { return "en".equals(lang) ? en : zh; }
    /** How many entities the kind takes (two for a path). */
    public int entities() { return entities; }
    /** The type of entity the kind draws, or null when any will do. */
    public NodeType expects() { return expects; }

    public static DiagramKind parse(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        if (n.equals("neighborhood")) n = "neighbourhood";
        for (DiagramKind k : values()) if (k.key.equals(n) && k != QUERY) return k;
        throw new IllegalArgumentException("unknown diagram kind \"" + name + "\"; use one of "
            + String.join(", ", Arrays.stream(values()).filter(k -> k != QUERY).map(DiagramKind::key).toList()));
    }
}
