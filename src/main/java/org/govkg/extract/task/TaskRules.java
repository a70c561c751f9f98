package org.govkg.extract.task;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.plan.MainPlan;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Link;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.LinkRule;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

/**
 * Links the projects of numbered tasks: each is part of the document's main plan (the one its
 * title publishes, or the title itself), and a body the task says is responsible for building or
 * running it ({@code 由某公司负责…建设}) builds it.
 */
public final class TaskRules {
    private final Pattern builder;
    private final Pattern buildWork;

    private final MainPlan mainPlan;

    public TaskRules(Lexicon lex) {
        mainPlan = new MainPlan(lex);
        builder = lex.pattern("task.builder");
        buildWork = lex.pattern("task.build-work");
    }

    /** Links the projects of the tasks the finders noted (renamed as their mentions were) to the document's main plan and builders. */
    public void link(DocumentMetadata meta, java.util.List<Notes.Task> tasks, MentionSet cx) {
        EntityRef plan = mainPlan.of(cx, meta);
        for (Notes.Task task : tasks) {
            Mention project = settled(cx, task.project());
            if (project == null)
                continue;
            Notes.Task t = new Notes.Task(project, task.start(), task.end());
            if (plan != null)
                cx.link(project.entity(), Relation.PART_OF, plan, t.start(), t.end());
            builders(cx, t);
        }
    }

    /** The project mention that won where the task's object was found (it may have grown to 某平台二期). */
    private static Mention settled(MentionSet cx, Mention found) {
        Mention best = null;
        for (Mention m : cx.covering(EntityType.PROJECT, found.start()))
            if (m.end() >= found.end() && (best == null || m.length() > best.length()))
                best = m;
        return best;
    }

    private void builders(MentionSet cx, Notes.Task t) {
        Matcher by = builder.matcher(cx.text()).region(t.start(), t.end());
        while (by.find()) {
            Mention body = cx.startingAt(EntityType.ORGANIZATION, by.end());
            if (body != null && buildWork.matcher(cx.text()).region(body.end(), t.end()).lookingAt())
                cx.link(body.entity(), Relation.BUILDS, t.project().entity(), by.start(), t.end());
        }
    }
}
