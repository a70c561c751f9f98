package org.govkg.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
import org.govkg.history.GroupHistory;
import org.govkg.vocab.GKG;

/**
 * The org chart of a leadership group, top to bottom: the group, its 组长 and then 副组长 posts,
 * the office (the body it sits in and the office's directors), the working groups with their lead
 * units and the member units (as one list, capped, when there are many), and below them the
 * documents that set the group up or changed it.
 */
final class GroupChartBuilder {
    /** Above this many member units they are drawn as one list node rather than one node each. */
    static final int MEMBER_LIST_THRESHOLD = 12;
    /** At most this many member units in the list; its title says how many there are. */
    static final int MEMBER_LIST_CAP = 60;

    private GroupChartBuilder() {}

    static Diagram build(GraphReader reader, DiagramRequest req, GraphReader.Info group) {
        return build(reader, req, group, null);
    }

    /**
     * The chart; with {@code history} (the request has a date) only the composition of the notice
     * in force on that date, and with {@code req.changes()} what that notice added and removed.
     */
    static Diagram build(GraphReader reader, DiagramRequest req, GraphReader.Info group, GroupHistory history) {
        if (group.type() != NodeType.LEADERSHIP_GROUP)
            throw new IllegalArgumentException("\"" + group.label() + "\" is a " + group.type().label("en").toLowerCase()
                + ", not a leadership group; draw its neighbourhood instead");
        String lang = req.lang();
        Diagram d = new Diagram(DiagramKind.GROUP, group.label(), "TB");
        d.add(Diagram.Node.entity(group.iri(), group.label(), group.type(), true));

        List<GraphReader.Link> out = reader.out(group.iri(), GKG.leaderPost, GKG.deputyLeaderPost, GKG.leader,
            GKG.deputyLeader, GKG.officeIn, GKG.officeDirectorPost, GKG.memberUnit, GKG.hasWorkingGroup, GKG.leadUnit);
        List<GraphReader.Link> in = reader.in(group.iri(), GKG.established, GKG.concerns, GKG.hasWorkingGroup);
        Map<String, Diagram.Mark> marks = new java.util.HashMap<>();
        GroupHistory.Event shown = null;
        String officeMovedFrom = null;
        if (history != null) {
            shown = history.inForceOn(req.asOf()).orElse(null);
            Set<String> stated = new HashSet<>();
            if (shown != null) shown.parts().forEach(p -> stated.add(p.iri()));
            if (shown != null && req.changes())
                for (GroupHistory.Change c : GroupHistory.changes(history.before(shown).orElse(null), shown)) {
                    // a body that hosts the office is usually a member unit too, drawn once as a
                    // member: a move is said in the office's box, not by marking the body
                    if (c.kind() == GroupHistory.PartKind.OFFICE) {
                        if (c.before() != null && c.after() != null) officeMovedFrom = c.before().label();
                        continue;
                    }
                    if (c.after() != null) marks.put(c.after().iri(), Diagram.Mark.ADDED);
                    if (c.before() != null) { marks.put(c.before().iri(), Diagram.Mark.REMOVED); stated.add(c.before().iri()); }
                }
            // every notice's facts are in the union: keep those of the notice in force (and, marked, what it dropped)
            out = out.stream().filter(l -> is(l, GKG.leadUnit) || stated.contains(l.o())).toList();
            in = in.stream().filter(l -> is(l, GKG.hasWorkingGroup)).toList();
            d.subtitle(shown == null ? label(lang, "截至 " + req.asOf() + " 尚无文件说明其组成", "No notice states its composition by " + req.asOf())
                : label(lang, "截至 " + req.asOf() + "：" + shown.date() + " " + shown.documentTitle(),
                    "As of " + req.asOf() + ": " + shown.date() + " " + shown.documentTitle()));
        }
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

        // Top to bottom, one row each: the group; its 组长; its 副组长; the office (the body that
        // hosts it, its directors); working groups and member units; the documents behind it.
        Map<String, List<String>> boxes = new LinkedHashMap<>();
        List<String> topRow = new ArrayList<>(List.of(group.iri()));
        List<String> unitRow = new ArrayList<>();
        List<GraphReader.Info> members = new ArrayList<>();
        for (GraphReader.Link l : out) {
            GraphReader.Info o = info.get(l.o());
            if (o == null) continue;
            if (is(l, GKG.memberUnit)) { members.add(o); continue; }
            d.add(Diagram.Node.entity(o.iri(), o.label(), o.type(), false));
            boolean leader = is(l, GKG.leaderPost) || is(l, GKG.leader);
            boolean deputy = is(l, GKG.deputyLeaderPost) || is(l, GKG.deputyLeader);
            boolean office = is(l, GKG.officeIn) || is(l, GKG.officeDirectorPost);
            boolean working = is(l, GKG.hasWorkingGroup);
            // posts and working groups sit in boxes that name them, so their links need no label
            boolean boxed = leader || deputy || working;
            if (!boxed && !office) d.link(group.iri(), o.iri(), l.p(), reader.label(l.p()));
            String box = leader ? label(lang, "组长", "Leaders") : deputy ? label(lang, "副组长", "Deputy leaders")
                : office ? label(lang, "办公室", "Office") : working ? label(lang, "工作组", "Working groups") : null;
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
        Optional<Integer> stated = reader.literal(group.iri(), GKG.memberCount).flatMap(GroupChartBuilder::count);
        if (members.size() > MEMBER_LIST_THRESHOLD) {
            List<Diagram.Node> items = members.stream().limit(MEMBER_LIST_CAP)
                .map(m -> Diagram.Node.entity(m.iri(), m.label(), m.type(), false)).toList();
            int total = Math.max(members.size(), stated.orElse(0));
            String key = "members:" + group.iri();
            String title = items.size() < total
                ? membersLabel + label(lang, "（显示 " + items.size() + " / 共 " + total + " 家）", " (" + items.size() + " of " + total + " shown)")
                : membersLabel + label(lang, "（" + total + " 家）", " (" + total + ")");
            d.add(new Diagram.Node(key, null, title, NodeType.ORGANIZATION, false, items));
            unitRow.add(key);
        } else {
            for (GraphReader.Info m : members) {
                d.add(Diagram.Node.entity(m.iri(), m.label(), m.type(), false));
                boxes.computeIfAbsent(membersBox(lang, membersLabel, members.size(), stated), b -> new ArrayList<>()).add(m.iri());
            }
            if (!members.isEmpty()) unitRow.add(members.get(0).iri());
            if (members.isEmpty()) reader.literal(group.iri(), GKG.memberCount).ifPresent(n -> {
                String key = "members:" + group.iri();
                d.add(new Diagram.Node(key, null, "en".equals(lang) ? n + " member units (not listed in the documents)"
                    : n + " 家成员单位（文件未列出名单）", null, false, null));
                unitRow.add(key);
            });
        }
        for (GraphReader.Link l : in) {
            GraphReader.Info s = info.get(l.s());
            if (s == null) continue;
            d.add(Diagram.Node.entity(s.iri(), s.label(), s.type(), false));
            if (is(l, GKG.hasWorkingGroup)) {
                d.link(s.iri(), group.iri(), l.p(), reader.label(l.p()));
                continue;
            }
            // the documents that set the group up stand beside it, on its row
            d.link(s.iri(), group.iri(), l.p(), reader.label(l.p()));
            topRow.add(s.iri());
        }
        if (shown != null) {
            d.add(Diagram.Node.entity(shown.documentIri(), shown.documentTitle() == null ? shown.documentIri() : shown.documentTitle(),
                NodeType.DOCUMENT, false));
            d.link(shown.documentIri(), group.iri(), org.govkg.vocab.PROV.used.getURI(), reader.label(org.govkg.vocab.PROV.used.getURI()));
            topRow.add(shown.documentIri());
        }
        marks.forEach((iri, mark) -> { if (d.has(iri)) d.mark(iri, mark); });
        d.sameRow(topRow);
        // the office's box says where the office is: 办公室设在某某局
        String officeBox = label(lang, "办公室", "Office");
        List<String> office = boxes.get(officeBox);
        if (office != null) {
            String host = out.stream().filter(l -> is(l, GKG.officeIn) && info.containsKey(l.o())).map(l -> info.get(l.o()).label())
                .findFirst().orElse(null);
            if (host != null) {
                boxes.remove(officeBox);
                officeBox = label(lang, "办公室设在" + host, "Office, located in " + host)
                    + (officeMovedFrom == null ? "" : label(lang, "（原设在" + officeMovedFrom + "）", " (moved from " + officeMovedFrom + ")"));
                boxes.put(officeBox, office);
            }
        }
        // the hierarchy, one line from each row to the next: group, 组长, 副组长, office, then
        // working groups and member units side by side
        String above = group.iri();
        for (String row : List.of(label(lang, "组长", "Leaders"), label(lang, "副组长", "Deputy leaders"), officeBox)) {
            List<String> keys = boxes.get(row);
            if (keys == null) continue;
            d.line(above, keys.get(0));
            d.sameRow(keys);
            above = keys.get(0);
        }
        List<String> workingGroups = boxes.get(label(lang, "工作组", "Working groups"));
        for (String key : unitRow) d.line(above, key);
        if (workingGroups != null) {
            d.line(above, workingGroups.get(0));
            unitRow.addAll(0, workingGroups);
        }
        String membersBox = boxes.keySet().stream().filter(b -> b.startsWith(membersLabel)).findFirst().orElse(null);
        if (membersBox != null) unitRow.addAll(boxes.get(membersBox));
        d.sameRow(unitRow.stream().distinct().toList());
        boxes.forEach(d::cluster);
        return d;
    }

    private static String membersBox(String lang, String membersLabel, int listed, Optional<Integer> stated) {
        int total = Math.max(listed, stated.orElse(0));
        return listed < total ? membersLabel + label(lang, "（列出 " + listed + " / 共 " + total + " 家）", " (" + listed + " of " + total + ")")
            : membersLabel;
    }

    private static Optional<Integer> count(String literal) {
        try {
            return Optional.of(new java.math.BigDecimal(literal.strip()).intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean is(GraphReader.Link l, Property p) {
        return l.p().equals(p.getURI());
    }

    private static String label(String lang, String zh, String en) {
        return "en".equals(lang) ? en : zh;
    }
}
