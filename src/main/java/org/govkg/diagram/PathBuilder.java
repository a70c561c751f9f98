package org.govkg.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govkg.vocab.GKG;

/**
 * The shortest chains of links between two entities, whatever the links' direction, up to a
 * length limit. A breadth-first search from the first entity records every way each entity was
 * first reached, so all shortest chains (up to {@link #MAX_PATHS}) come out, not just one.
 * Stated links are tried first; when none joins the two, documents that mention them are allowed
 * as connectors (drawn dashed), since "both appear in this document" is itself an answer.
 */
final class PathBuilder {
    static final int MAX_PATHS = 12;

    private PathBuilder() {}

    static Diagram build(GraphReader reader, DiagramRequest req, GraphReader.Info from, GraphReader.Info to) {
        Set<String> predicates = reader.predicates(req.links());
        boolean withMentions = predicates.contains(GKG.mentions.getURI());
        List<List<GraphReader.Link>> paths = search(reader, req, predicates, withMentions, from, to);
        // Entities no stated link joins may still share a document: look through mentions next.
        if (paths.isEmpty() && predicates.isEmpty()) paths = search(reader, req, predicates, true, from, to);
        if (paths.isEmpty()) throw new NoPathException(from.label(), to.label(), req.depth());

        Diagram d = new Diagram(DiagramKind.PATH, from.label() + " ⟷ " + to.label(), "LR");
        Set<String> iris = new LinkedHashSet<>();
        paths.forEach(p -> p.forEach(l -> { iris.add(l.s()); iris.add(l.o()); }));
        Map<String, GraphReader.Info> info = reader.info(iris);
        for (String iri : iris) {
            GraphReader.Info i = info.get(iri);
            d.add(Diagram.Node.entity(iri, i.label(), i.type(), iri.equals(from.iri()) || iri.equals(to.iri())));
        }
        paths.forEach(p -> p.forEach(l -> d.link(l.s(), l.o(), l.p(), reader.label(l.p()), l.p().equals(GKG.mentions.getURI()))));
        return d;
    }

    private static List<List<GraphReader.Link>> search(GraphReader reader, DiagramRequest req, Set<String> predicates,
                                                       boolean withMentions, GraphReader.Info from, GraphReader.Info to) {
        Map<String, Integer> level = new HashMap<>(Map.of(from.iri(), 0));
        Map<String, List<GraphReader.Link>> reachedBy = new LinkedHashMap<>();
        List<String> frontier = List.of(from.iri());
        for (int depth = 1; depth <= req.depth() && !level.containsKey(to.iri()) && !frontier.isEmpty(); depth++) {
            Set<String> frontierSet = new LinkedHashSet<>(frontier);
            Set<String> next = new LinkedHashSet<>();
            for (GraphReader.Link l : reader.links(frontier, predicates, withMentions)) {
                String here = frontierSet.contains(l.s()) ? l.s() : l.o();
                String other = here.equals(l.s()) ? l.o() : l.s();
                Integer seen = level.get(other);
                if (seen != null && seen < depth) continue;
                if (level.size() >= NeighbourhoodBuilder.MAX_COLLECTED && seen == null) continue;
                level.put(other, depth);
                next.add(other);
                reachedBy.computeIfAbsent(other, k -> new ArrayList<>()).add(l);
            }
            frontier = new ArrayList<>(next);
        }
        List<List<GraphReader.Link>> paths = new ArrayList<>();
        if (level.containsKey(to.iri())) walk(to.iri(), from.iri(), reachedBy, new ArrayList<>(), paths);
        return paths;
    }

    /** Collects the chains that end at {@code node}, walking back to {@code start}. */
    private static void walk(String node, String start, Map<String, List<GraphReader.Link>> reachedBy,
                             List<GraphReader.Link> suffix, List<List<GraphReader.Link>> out) {
        if (out.size() >= MAX_PATHS) return;
        if (node.equals(start)) { out.add(new ArrayList<>(suffix)); return; }
        for (GraphReader.Link l : reachedBy.getOrDefault(node, List.of())) {
            String prev = l.s().equals(node) ? l.o() : l.s();
            suffix.add(0, l);
            walk(prev, start, reachedBy, suffix, out);
            suffix.remove(0);
        }
    }
}
