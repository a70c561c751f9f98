package org.govkg.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govkg.vocab.GKG;

/**
 * Where a plan or project comes from and where it leads: upward, the plans a project is part of and
 * the documents each plan implements or is based on, level by level (a county scheme, the city's,
 * the province's, the national plan); downward from a plan, the plans that implement it, and the
 * projects each of them names with their lead units. Drawn bottom to top, so the national plan is
 * at the top of the picture.
 */
final class LineageBuilder {
    /** How many levels up and down are followed (county → city → province → nation is three). */
    static final int MAX_LEVELS = 6;

    private LineageBuilder() {}

    static Diagram build(GraphReader reader, DiagramRequest req, GraphReader.Info root) {
        if (root.type() != NodeType.PLAN && root.type() != NodeType.PROJECT)
            throw new IllegalArgumentException("\"" + root.label() + "\" is a " + root.type().label("en").toLowerCase()
                + ", not a plan or project; draw its neighbourhood instead");
        Diagram d = new Diagram(DiagramKind.LINEAGE, root.label(), "BT");
        d.add(Diagram.Node.entity(root.iri(), root.label(), root.type(), true));

        List<GraphReader.Link> links = new ArrayList<>();
        Set<String> plans = new LinkedHashSet<>();
        if (root.type() == NodeType.PROJECT) {
            for (GraphReader.Link l : reader.out(root.iri(), GKG.partOf)) { links.add(l); plans.add(l.o()); }
            links.addAll(reader.out(root.iri(), GKG.leadUnit));
        } else {
            plans.add(root.iri());
        }
        // upward: what each plan implements or follows
        Set<String> seen = new LinkedHashSet<>(plans);
        List<String> frontier = new ArrayList<>(plans);
        for (int level = 0; level < MAX_LEVELS && !frontier.isEmpty(); level++) {
            List<String> next = new ArrayList<>();
            for (String p : frontier)
                for (GraphReader.Link l : reader.out(p, GKG.implementsPlan, GKG.basedOn)) {
                    links.add(l);
                    if (seen.add(l.o())) next.add(l.o());
                }
            frontier = next;
        }
        // downward from a plan: the plans that implement it, and what those plans name
        Set<String> below = new LinkedHashSet<>();
        if (root.type() == NodeType.PLAN) {
            frontier = new ArrayList<>(List.of(root.iri()));
            for (int level = 0; level < MAX_LEVELS && !frontier.isEmpty(); level++) {
                List<String> next = new ArrayList<>();
                for (String p : frontier)
                    for (GraphReader.Link l : reader.in(p, GKG.implementsPlan, GKG.basedOn)) {
                        links.add(l);
                        if (seen.add(l.s())) { next.add(l.s()); below.add(l.s()); }
                    }
                frontier = next;
            }
        }
        List<GraphReader.Link> named = new ArrayList<>();
        for (String p : below) named.addAll(reader.in(p, GKG.partOf));
        if (root.type() == NodeType.PLAN) named.addAll(reader.in(root.iri(), GKG.partOf));
        List<String> iris = new ArrayList<>();
        for (GraphReader.Link l : links) { iris.add(l.s()); iris.add(l.o()); }
        for (GraphReader.Link l : named) iris.add(l.s());
        Map<String, GraphReader.Info> info = reader.info(iris);
        // the projects the plans below name (not their sub-plans or notices), with their lead units
        List<GraphReader.Link> projects = named.stream()
            .filter(l -> info.containsKey(l.s()) && info.get(l.s()).type() == NodeType.PROJECT).toList();
        List<GraphReader.Link> leads = new ArrayList<>();
        for (GraphReader.Link l : projects) leads.addAll(reader.out(l.s(), GKG.leadUnit));
        List<String> more = new ArrayList<>();
        for (GraphReader.Link l : leads) more.add(l.o());
        info.putAll(reader.info(more));

        for (GraphReader.Link l : links) draw(d, reader, info, req, l);
        for (GraphReader.Link l : projects) draw(d, reader, info, req, l);
        for (GraphReader.Link l : leads) draw(d, reader, info, req, l);
        int total = new LinkedHashSet<>(info.keySet()).size();
        if (d.shownEntities() < total && d.shownEntities() >= req.cap()) d.capped(total);
        return d;
    }

    private static void draw(Diagram d, GraphReader reader, Map<String, GraphReader.Info> info, DiagramRequest req, GraphReader.Link l) {
        GraphReader.Info s = info.get(l.s()), o = info.get(l.o());
        if (s == null || o == null) return;
        for (GraphReader.Info i : List.of(s, o))
            if (!d.has(i.iri())) {
                if (d.shownEntities() >= req.cap()) return;
                d.add(Diagram.Node.entity(i.iri(), i.label(), i.type(), false));
            }
        d.link(l.s(), l.o(), l.p(), reader.label(l.p()));
    }
}
