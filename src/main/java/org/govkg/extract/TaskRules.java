package org.govkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links the projects of numbered tasks: each is part of the document's main plan (the one its
 * title publishes, or the title itself), and a body the task says is responsible for building or
 * running it ({@code 由某公司负责…建设}) builds it.
 */
final class TaskRules implements MentionFinder {
    private static final Pattern BUILDER = Pattern.compile("由(?=\\S)");
    private static final Pattern BUILD_WORK = Pattern.compile("负责[^。；;，,]{0,20}?(?:建设|运营|运维|扩容|开发|承建)");

    @Override
    public void find(ExtractionContext cx) {
        EntityRef plan = mainPlan(cx);
        for (ExtractionContext.Task task : cx.tasks) {
            Mention project = settled(cx, task.project());
            if (project == null)
                continue;
            ExtractionContext.Task t = new ExtractionContext.Task(project, task.start(), task.end());
            if (plan != null)
                cx.link(project.entity(), Relation.PART_OF, plan, t.start(), t.end());
            builders(cx, t);
        }
    }

    /** The project mention that won where the task's object was found (it may have grown to 某平台二期). */
    private static Mention settled(ExtractionContext cx, Mention found) {
        Mention best = null;
        for (Mention m : cx.covering(EntityType.PROJECT, found.start()))
            if (m.end() >= found.end() && (best == null || m.length() > best.length()))
                best = m;
        return best;
    }

    private static void builders(ExtractionContext cx, ExtractionContext.Task t) {
        Matcher by = BUILDER.matcher(cx.text).region(t.start(), t.end());
        while (by.find()) {
            Mention body = cx.startingAt(EntityType.ORGANIZATION, by.end());
            if (body != null && BUILD_WORK.matcher(cx.text).region(body.end(), t.end()).lookingAt())
                cx.link(body.entity(), Relation.BUILDS, t.project().entity(), by.start(), t.end());
        }
    }

    /** The plan a notice's title publishes (关于印发X的通知 → X), else the title itself when it is a plan. */
    private static EntityRef mainPlan(ExtractionContext cx) {
        String title = cx.metadata.title();
        if (title == null)
            return null;
        EntityRef notice = new EntityRef(EntityType.PLAN, title);
        for (Link l : cx.links)
            if (l.relation() == Relation.PART_OF && l.object().equals(notice))
                return l.subject();
        for (Mention m : cx.mentions())
            if (m.entity().equals(notice))
                return notice;
        return null;
    }
}
