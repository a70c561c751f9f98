package org.govkg.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govkg.vocab.GKG;

/**
 * A plan with what it contains and who acts on it: the notice that published it (the plan it is
 * part of) and that notice's issuer, the plan's issuer and drafter, its sub-plans and projects,
 * and the lead and responsible units and builders of each.
 */
final class PlanMapBuilder {
    private PlanMapBuilder() {}

    static Diagram build(GraphReader reader, DiagramRequest req, GraphReader.Info plan) {
        if (plan.type() != NodeType.PLAN)
            throw new IllegalArgumentException("\"" + plan.label() + "\" is a " + plan.type().label("en").toLowerCase()
                + ", not a plan; draw its neighbourhood instead");
        Diagram d = new Diagram(DiagramKind.PLAN, plan.label(), "LR");
        d.add(Diagram.Node.entity(plan.iri(), plan.label(), plan.type(), true));

        List<GraphReader.Link> links = new ArrayList<>();
        List<GraphReader.Link> parents = reader.out(plan.iri(), GKG.partOf);
        links.addAll(parents);
        links.addAll(reader.out(plan.iri(), GKG.leadUnit, GKG.responsibleUnit, GKG.jurisdiction, GKG.concerns, GKG.established));
        links.addAll(reader.in(plan.iri(), GKG.issued, GKG.drafted, GKG.forwarded, GKG.leadUnit, GKG.responsibleUnit));
        for (GraphReader.Link p : parents) links.addAll(reader.in(p.o(), GKG.issued));
        List<GraphReader.Link> children = reader.in(plan.iri(), GKG.partOf);
        List<String> childIris = children.stream().map(GraphReader.Link::s).toList();
        List<GraphReader.Link> childLinks = childIris.isEmpty() ? List.of()
            : reader.links(childIris, Set.of(GKG.leadUnit.getURI(), GKG.responsibleUnit.getURI(),
                GKG.builds.getURI(), GKG.partner.getURI()), false);

        List<String> iris = new ArrayList<>(childIris);
        for (GraphReader.Link l : links) { iris.add(l.s()); iris.add(l.o()); }
        for (GraphReader.Link l : childLinks) { iris.add(l.s()); iris.add(l.o()); }
        Map<String, GraphReader.Info> info = reader.info(iris);

        // The plan's own context always shows; children are ranked by how much is known about them.
        for (GraphReader.Link l : links) draw(d, reader, info, l);
        Map<String, Integer> weight = new HashMap<>();
        for (GraphReader.Link l : childLinks) { weight.merge(l.s(), 1, Integer::sum); weight.merge(l.o(), 1, Integer::sum); }
        List<String> ranked = new ArrayList<>(childIris.stream().filter(info::containsKey).distinct().toList());
        ranked.sort(Comparator.comparing((String c) -> -weight.getOrDefault(c, 0)).thenComparing(c -> info.get(c).label()));
        // Two thirds of the room left go to children, the rest to the units acting on them.
        int room = Math.max(1, (req.cap() - d.shownEntities()) * 2 / 3);
        List<String> shown = ranked.subList(0, Math.min(ranked.size(), room));
        for (String c : shown) {
            GraphReader.Info i = info.get(c);
            d.add(Diagram.Node.entity(c, i.label(), i.type(), false));
            d.link(c, plan.iri(), GKG.partOf.getURI(), reader.label(GKG.partOf.getURI()));
        }
        for (GraphReader.Link l : childLinks) {
            boolean fromShown = shown.contains(l.s()) || shown.contains(l.o());
            boolean fits = d.has(l.s()) && d.has(l.o()) || d.shownEntities() < req.cap();
            if (fromShown && fits) draw(d, reader, info, l);
        }
        if (shown.size() < ranked.size()) {
            String key = "more:" + plan.iri();
            d.add(new Diagram.Node(key, null, NodeCap.more(ranked.size() - shown.size(), req.lang()), null, false, null));
            d.link(key, plan.iri(), GKG.partOf.getURI(), reader.label(GKG.partOf.getURI()), true);
            d.capped(ranked.size() - shown.size() + d.shownEntities());
        }
        return d;
    }

    private static void draw(Diagram d, GraphReader reader, Map<String, GraphReader.Info> info, GraphReader.Link l) {
        GraphReader.Info s = info.get(l.s()), o = info.get(l.o());
        if (s == null || o == null) return;
        d.add(Diagram.Node.entity(s.iri(), s.label(), s.type(), false));
        d.add(Diagram.Node.entity(o.iri(), o.label(), o.type(), false));
        d.link(s.iri(), o.iri(), l.p(), reader.label(l.p()));
    }
}
