package org.govkg.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Property;
import org.govkg.vocab.GKG;

/**
 * The org chart of a leadership group: its 组长 and 副组长 posts, the office and the body it
 * sits in with the office's directors, the member units (as one list when there are many), the
 * working groups with their lead units, and the documents that set the group up or changed it.
 */
final class GroupChartBuilder {
    /** Above this many member units they are drawn as one list node rather than one node each. */
    static final int MEMBER_LIST_THRESHOLD = 12;

    private GroupChartBuilder() {}

    static Diagram build(GraphReader reader, DiagramRequest req, GraphReader.Info group) {
        if (group.type() != NodeType.LEADERSHIP_GROUP)
            throw new IllegalArgumentException("\"" + group.label() + "\" is a " + group.type().label("en").toLowerCase()
                + ", not a leadership group; draw its neighbourhood instead");
        String lang = req.lang();
        Diagram d = new Diagram(DiagramKind.GROUP, group.label(), "TB");
        d.add(Diagram.Node.entity(group.iri(), group.label(), group.type(), true));

        List<GraphReader.Link> out = reader.out(group.iri(), GKG.leaderPost, GKG.deputyLeaderPost, GKG.leader,
            GKG.deputyLeader, GKG.officeIn, GKG.officeDirectorPost, GKG.memberUnit, GKG.hasWorkingGroup, GKG.leadUnit);
        List<GraphReader.Link> in = reader.in(group.iri(), GKG.established, GKG.concerns, GKG.hasWorkingGroup);
        List<String> iris = new ArrayList<>();
        out.forEach(l -> iris.add(l.o()));
        in.forEach(l -> iris.add(l.s()));
        List<GraphReader.Link> workingGroupUnits = new ArrayList<>();
        for (GraphReader.Link l : out)
            if (l.p().equals(GKG.hasWorkingGroup.getURI()))
                for (GraphReader.Link u : reader.out(l.o(), GKG.leadUnit)) {
                    workingGroupUnits.add(u);
                    iris.add(u.o());
                }
        Map<String, GraphReader.Info> info = reader.info(iris);

        Map<String, List<String>> boxes = new LinkedHashMap<>();
        List<GraphReader.Info> members = new ArrayList<>();
        for (GraphReader.Link l : out) {
            GraphReader.Info o = info.get(l.o());
            if (o == null) continue;
            if (is(l, GKG.memberUnit)) { members.add(o); continue; }
            d.add(Diagram.Node.entity(o.iri(), o.label(), o.type(), false));
            // Posts and working groups sit in boxes that name them; working groups go one row lower.
            boolean boxed = is(l, GKG.leaderPost) || is(l, GKG.deputyLeaderPost) || is(l, GKG.hasWorkingGroup);
            d.link(new Diagram.Edge(group.iri(), o.iri(), l.p(), boxed ? "" : reader.label(l.p()), false,
                is(l, GKG.hasWorkingGroup) ? 2 : 1));
            String box = is(l, GKG.leaderPost) || is(l, GKG.leader) ? label(lang, "组长", "Leaders")
                : is(l, GKG.deputyLeaderPost) || is(l, GKG.deputyLeader) ? label(lang, "副组长", "Deputy leaders")
                : is(l, GKG.officeIn) || is(l, GKG.officeDirectorPost) ? label(lang, "办公室", "Office")
                : is(l, GKG.hasWorkingGroup) ? label(lang, "工作组", "Working groups") : null;
            if (box != null) boxes.computeIfAbsent(box, b -> new ArrayList<>()).add(o.iri());
        }
        for (GraphReader.Link l : workingGroupUnits) {
            GraphReader.Info o = info.get(l.o());
            if (o == null) continue;
            d.add(Diagram.Node.entity(o.iri(), o.label(), o.type(), false));
            d.link(l.s(), o.iri(), l.p(), reader.label(l.p()));
        }
        members.sort(Comparator.comparing(GraphReader.Info::label));
        String membersLabel = reader.label(GKG.memberUnit.getURI());
        if (members.size() > MEMBER_LIST_THRESHOLD) {
            List<Diagram.Node> items = members.stream()
                .map(m -> Diagram.Node.entity(m.iri(), m.label(), m.type(), false)).toList();
            String key = "members:" + group.iri();
            d.add(new Diagram.Node(key, null, membersLabel + "（" + members.size() + "）", NodeType.ORGANIZATION, false, items));
            d.link(new Diagram.Edge(group.iri(), key, GKG.memberUnit.getURI(), membersLabel, false, 2));
        } else {
            for (GraphReader.Info m : members) {
                d.add(Diagram.Node.entity(m.iri(), m.label(), m.type(), false));
                d.link(group.iri(), m.iri(), GKG.memberUnit.getURI(), membersLabel);
                boxes.computeIfAbsent(membersLabel, b -> new ArrayList<>()).add(m.iri());
            }
            if (members.isEmpty()) reader.literal(group.iri(), GKG.memberCount).ifPresent(n -> {
                String key = "members:" + group.iri();
                d.add(new Diagram.Node(key, null, "en".equals(lang) ? n + " member units" : n + " 家成员单位", null, false, null));
                d.link(new Diagram.Edge(group.iri(), key, GKG.memberCount.getURI(), "", true, 2));
            });
        }
        for (GraphReader.Link l : in) {
            GraphReader.Info s = info.get(l.s());
            if (s == null) continue;
            d.add(Diagram.Node.entity(s.iri(), s.label(), s.type(), false));
            d.link(s.iri(), group.iri(), l.p(), reader.label(l.p()));
            if (!is(l, GKG.hasWorkingGroup))
                boxes.computeIfAbsent(label(lang, "设立与调整文件", "Founding documents"), b -> new ArrayList<>()).add(s.iri());
        }
        boxes.forEach(d::cluster);
        return d;
    }

    private static boolean is(GraphReader.Link l, Property p) {
        return l.p().equals(p.getURI());
    }

    private static String label(String lang, String zh, String en) {
        return "en".equals(lang) ? en : zh;
    }
}
