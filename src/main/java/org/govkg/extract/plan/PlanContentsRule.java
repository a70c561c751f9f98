package org.govkg.extract.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Link;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.phase.LinkRule;
import org.govkg.extract.phase.MentionSet;
import org.govkg.vocab.EntityType;

/**
 * An interpretation of a plan (解读《某某工作要点》) goes through what the plan contains: each project it
 * names that no rule has placed in another plan is part of that plan. A plan's own text also names the
 * platforms it builds on and what was built before it; its tasks' projects are its parts (see the task
 * package), and every other project it names and no one is said to build is one the plan concerns.
 */
public final class PlanContentsRule implements LinkRule {
    private final MainPlan mainPlan;

    private final List<String> noticeEnds;

    public PlanContentsRule(Lexicon lex) {
        mainPlan = new MainPlan(lex);
        noticeEnds = lex.list("plan.notice.title-end");
    }

    @Override
    public void link(DocumentMetadata meta, MentionSet cx) {
        EntityRef interpreted = mainPlan.interpreted(cx, meta);
        EntityRef plan = interpreted != null ? interpreted : mainPlan.of(cx, meta);
        if (plan == null || plan.type() != EntityType.PLAN
            || interpreted == null && noticeEnds.stream().anyMatch(plan.name()::endsWith))
            return;
        Set<EntityRef> placed = new HashSet<>();
        for (Link l : cx.links()) {
            if (l.relation() == Relation.PART_OF && l.subject().type() == EntityType.PROJECT)
                placed.add(l.subject());
            if (interpreted == null && l.relation() == Relation.BUILDS)
                placed.add(l.object());
        }
        for (Mention p : List.copyOf(cx.mentions()))
            if (p.entity().type() == EntityType.PROJECT && p.start() >= meta.bodyStart() && placed.add(p.entity())) {
                var s = cx.sentenceAt(p.start());
                int from = s == null ? p.start() : s.start(), to = s == null ? p.end() : s.end();
                if (interpreted != null)
                    cx.link(p.entity(), Relation.PART_OF, plan, from, to);
                else
                    cx.link(plan, Relation.CONCERNS, p.entity(), from, to);
            }
    }
}
