package org.govkg.extract.resolve;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Link;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles overlapping mentions found by different finders. Of two overlapping mentions of one
 * type the longer wins, except that a title may hold another title (《关于印发X的通知》). A project
 * beats a body whose suffix-shaped name overlaps it (“某某大数据中心” is built, not a bureau), but a
 * body that only opens the project's name (某学院 + 面向…研究院) is split off as its builder.
 */
public final class MentionResolver {
    /** 市级平台, 县级分中心: a level and a generic noun name no particular project. */
    private final java.util.regex.Pattern levelGeneric;

    public MentionResolver(Lexicon lex) {
        levelGeneric = lex.pattern("resolve.level-generic");
    }

    /** The overlap phase: the found candidates with their overlaps settled (and builders split off projects), notes unchanged; takes over the candidates' set. */
    public Candidates settle(Candidates found) {
        MentionSet cx = found.mentions();
        List<Mention> sorted = new ArrayList<>(cx.mentions());
        sorted.removeIf(m -> m.entity().type() == EntityType.PROJECT && levelGeneric.matcher(m.entity().name()).matches());
        // words inside a title (《数字政府一中心一平台…实施方案》) name the plan, not a project
        List<Mention> plans = cx.mentions().stream().filter(m -> m.entity().type() == EntityType.PLAN).toList();
        sorted.removeIf(m -> m.entity().type() == EntityType.PROJECT
            && plans.stream().anyMatch(p -> p.start() <= m.start() && m.end() <= p.end() && p.length() > m.length()));
        sorted.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start)
            .thenComparing(m -> m.entity().type() == EntityType.ORGANIZATION));
        List<Mention> kept = new ArrayList<>();
        java.util.TreeMap<Integer, List<Integer>> keptByStart = new java.util.TreeMap<>();
        int longest = sorted.isEmpty() ? 0 : sorted.get(0).length();
        for (Mention m : sorted) {
            Mention adjusted = adjust(cx, m, kept, keptByStart, longest);
            if (adjusted != null && !keptByStart.getOrDefault(adjusted.start(), List.of()).stream().anyMatch(i -> kept.get(i).equals(adjusted))) {
                kept.add(adjusted);
                keptByStart.computeIfAbsent(adjusted.start(), k -> new ArrayList<>()).add(kept.size() - 1);
            }
        }
        cx.replaceMentions(kept);
        return found.with(cx);
    }

    /**
     * The mention to keep given the longer ones already kept, or null to drop it. Only kept
     * mentions that start within the longest mention's length before it can overlap it.
     */
    private Mention adjust(MentionSet cx, Mention m, List<Mention> kept, java.util.TreeMap<Integer, List<Integer>> keptByStart, int longest) {
        for (List<Integer> at : keptByStart.subMap(m.start() - longest, true, m.end(), false).values())
            for (int i : at) {
                Mention k = kept.get(i);
                if (!k.overlaps(m))
                    continue;
                EntityType a = k.entity().type(), b = m.entity().type();
                if (a == b && (a == EntityType.PLAN && contains(k, m)))
                    continue;
                if (a == b)
                    return null;
                if (a == EntityType.PROJECT && b == EntityType.ORGANIZATION)
                    return splitBuilder(cx, k, m, kept, i) ? m : null;
                if (a == EntityType.LEADERSHIP_GROUP && b == EntityType.ORGANIZATION)
                    return null;
            }
        return m;
    }

    private static boolean splitBuilder(MentionSet cx, Mention project, Mention body, List<Mention> kept, int index) {
        boolean opens = body.start() == project.start() && project.end() - body.end() >= 4;
        if (!opens)
            return false;
        Mention rest = new Mention(new EntityRef(EntityType.PROJECT, cx.text().substring(body.end(), project.end())),
            cx.text().substring(body.end(), project.end()), body.end(), project.end());
        kept.set(index, rest);
        cx.link(body.entity(), Relation.BUILDS, rest.entity(), body.start(), project.end());
        return true;
    }

    private static boolean contains(Mention outer, Mention inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
