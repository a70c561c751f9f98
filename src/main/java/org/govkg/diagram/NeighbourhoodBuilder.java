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
 * The entity and everything within N hops of it, following links in both directions. Collection
 * stops at {@link #MAX_COLLECTED} entities so that a hub with thousands of neighbours costs a
 * bounded amount of work; the cap then decides what is drawn.
 */
final class NeighbourhoodBuilder {
    static final int MAX_COLLECTED = 3000;

    private NeighbourhoodBuilder() {}

    static Diagram build(GraphReader reader, DiagramRequest req, GraphReader.Info root) {
        Diagram d = new Diagram(DiagramKind.NEIGHBOURHOOD, root.label(), "LR");
        Set<String> predicates = reader.predicates(req.links());
        boolean withMentions = predicates.contains(GKG.mentions.getURI());
        Map<String, GraphReader.Info> info = new HashMap<>(Map.of(root.iri(), root));
        Map<String, Integer> hop = new LinkedHashMap<>(Map.of(root.iri(), 0));
        Map<String, String> parent = new HashMap<>();
        Set<GraphReader.Link> links = new LinkedHashSet<>();
        List<String> frontier = List.of(root.iri());
        boolean truncated = false;
        for (int depth = 1; depth <= req.depth() + 1 && !frontier.isEmpty() && !truncated; depth++) {
            boolean last = depth == req.depth() + 1; // only links among entities already found
            List<GraphReader.Link> found = last ? reader.linksAmong(hop.keySet(), predicates, withMentions)
                : reader.links(frontier, predicates, withMentions);
            Set<String> fresh = new LinkedHashSet<>();
            for (GraphReader.Link l : found) {
                if (!hop.containsKey(l.s())) fresh.add(l.s());
                if (!hop.containsKey(l.o())) fresh.add(l.o());
            }
            if (!last) info.putAll(reader.info(fresh));
            Set<String> frontierSet = new LinkedHashSet<>(frontier);
            List<String> next = new ArrayList<>();
            for (GraphReader.Link l : found) {
                String from = frontierSet.contains(l.s()) ? l.s() : l.o();
                String other = from.equals(l.s()) ? l.o() : l.s();
                if (!hop.containsKey(other)) {
                    if (last) continue;
                    GraphReader.Info i = info.get(other);
                    if (i == null || !req.types().isEmpty() && !req.types().contains(i.type())) continue;
                    if (hop.size() >= MAX_COLLECTED) { truncated = true; continue; }
                    hop.put(other, depth);
                    parent.put(other, from);
                    next.add(other);
                }
                links.add(l);
            }
            frontier = next;
        }
        // entities a reader expanded in the zoomable view bring their own neighbours, one hop out
        for (String x : req.expand()) {
            if (!hop.containsKey(x) || hop.size() >= MAX_COLLECTED) continue;
            List<GraphReader.Link> found = reader.links(List.of(x), predicates, withMentions);
            Set<String> fresh = new LinkedHashSet<>();
            for (GraphReader.Link l : found) {
                String other = l.s().equals(x) ? l.o() : l.s();
                if (!hop.containsKey(other)) fresh.add(other);
            }
            info.putAll(reader.info(fresh));
            for (GraphReader.Link l : found) {
                String other = l.s().equals(x) ? l.o() : l.s();
                GraphReader.Info i = info.get(other);
                if (i == null || !req.types().isEmpty() && !req.types().contains(i.type())) continue;
                if (!hop.containsKey(other)) {
                    hop.put(other, hop.get(x) + 1);
                    parent.put(other, x);
                }
                links.add(l);
            }
        }
        NodeCap.apply(d, reader, info, hop, parent, new ArrayList<>(links), req.cap(), req.lang());
        if (truncated && !d.isCapped()) d.capped(hop.size());
        return d;
    }
}
