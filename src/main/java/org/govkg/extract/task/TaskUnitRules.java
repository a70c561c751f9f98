package org.govkg.extract.task;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
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
 * Reads the unit lists that end the tasks of implementation plans,
 * {@code （牵头单位：A；责任单位：B、C）}: every item is a body (the genre guarantees it, so items
 * without a body's usual shape are taken too), linked as lead or responsible unit of the project
 * the task names, or failing that of the first plan named in the task.
 */
public final class TaskUnitRules implements LinkRule {
    private final Pattern units;
    private final Pattern part;
    private final Pattern separator;
    private final String leadRole;
    private final String everyMark;

    public TaskUnitRules(Lexicon lex) {
        units = lex.pattern("task.units");
        part = lex.pattern("task.units.part");
        separator = lex.pattern("list.names-separator");
        leadRole = lex.raw("task.unit.lead-role");
        everyMark = lex.raw("body.every.mark");
    }

    @Override
    public void link(DocumentMetadata meta, MentionSet cx) {
        Matcher m = units.matcher(cx.text());
        while (m.find()) {
            Mention task = taskSubject(cx, m.start());
            Matcher p = part.matcher(cx.text()).region(m.start() + 1, m.end() - 1);
            while (p.find())
                units(cx, task, p.group("role").equals(leadRole) ? Relation.LEAD_UNIT : Relation.RESPONSIBLE_UNIT,
                    p.group("list"), p.start("list"));
        }
    }

    private void units(MentionSet cx, Mention task, Relation relation, String list, int offset) {
        int at = 0;
        for (String item : separator.split(list)) {
            int lead = item.length() - item.stripLeading().length();
            String name = item.strip();
            int start = offset + at + lead;
            at += item.length() + 1;
            if (name.length() < 2 || name.startsWith(everyMark))
                continue; // 各县（市、区）政府 names no one body
            Mention unit = cx.startingAt(EntityType.ORGANIZATION, start);
            if (unit == null || unit.end() > start + name.length())
                unit = cx.mention(EntityType.ORGANIZATION, name, start, start + name.length());
            if (task != null)
                cx.link(task.entity(), relation, unit.entity(), start, start + name.length());
        }
    }

    /** The project named in the task (the paragraph holding the list), else its first plan. */
    private static Mention taskSubject(MentionSet cx, int listStart) {
        // a task is a paragraph; in text without line breaks, the 600 characters before the list
        int paragraph = Math.max(cx.text().lastIndexOf('\n', listStart) + 1, listStart - 600);
        List<Mention> projects = cx.within(EntityType.PROJECT, paragraph, listStart);
        if (!projects.isEmpty())
            return projects.get(0);
        List<Mention> plans = cx.within(EntityType.PLAN, paragraph, listStart);
        return plans.isEmpty() ? null : plans.get(0);
    }
}
