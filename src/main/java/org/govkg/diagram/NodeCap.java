package org.govkg.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.govkg.vocab.GKG;

/**
 * Keeps a picture readable: when more entities qualify than the cap allows, the closest and best
 * connected are drawn and the rest are folded into one "+N more" node next to the drawn entity
 * they hang off, so the reader sees where something was left out and how much.
 */
final class NodeCap {
    private NodeCap() {}

    /**
     * Adds the kept entities, their links and the "+N more" nodes to {@code diagram}.
     *
     * @param hop    distance of every candidate from the root(s) (roots have 0)
     * @param parent for every non-root candidate, the entity it was reached from
     */
    static void apply(Diagram diagram, GraphReader reader, Map<String, GraphReader.Info> info,
                      Map<String, Integer> hop, Map<String, String> parent, List<GraphReader.Link> links,
                      int cap, String lang) {
        Map<String, Integer> degree = new HashMap<>();
        for (GraphReader.Link l : links) {
            degree.merge(l.s(), 1, Integer::sum);
            degree.merge(l.o(), 1, Integer::sum);
        }
        List<String> ranked = new ArrayList<>(hop.keySet());
        ranked.sort(Comparator.comparing((String iri) -> hop.get(iri))
            .thenComparing(iri -> -degree.getOrDefault(iri, 0))
            .thenComparing(iri -> info.get(iri).label()).thenComparing(iri -> iri));
        Set<String> kept = new LinkedHashSet<>(ranked.subList(0, Math.min(cap, ranked.size())));
        for (String iri : kept) {
            GraphReader.Info i = info.get(iri);
            diagram.add(Diagram.Node.entity(iri, i.label(), i.type(), hop.get(iri) == 0));
        }
        for (GraphReader.Link l : links)
            if (kept.contains(l.s()) && kept.contains(l.o()))
                // A bare mention is weaker than a stated link: drawn dashed.
                diagram.link(l.s(), l.o(), l.p(), reader.label(l.p()), l.p().equals(GKG.mentions.getURI()));
        if (kept.size() == ranked.size()) return;

        Map<String, Integer> folded = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (String iri : ranked) {
            if (kept.contains(iri)) continue;
            String anchor = parent.get(iri);
            seen.clear();
            while (anchor != null && !kept.contains(anchor) && seen.add(anchor)) anchor = parent.get(anchor);
            if (anchor == null || !kept.contains(anchor)) anchor = ranked.get(0);
            folded.merge(anchor, 1, Integer::sum);
        }
        folded.forEach((anchor, n) -> {
            String key = "more:" + anchor;
            diagram.add(new Diagram.Node(key, null, more(n, lang), null, false, null));
            diagram.link(anchor, key, "", "", true);
        });
        diagram.capped(ranked.size());
    }

    static String more(int n, String lang) {
        return "en".equals(lang) ? "+" + n + " more" : "另有 " + n + " 个";
    }
}
