package org.govkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the unit lists that end the tasks of implementation plans,
 * {@code （牵头单位：A；责任单位：B、C）}: every item is a body (the genre guarantees it, so items
 * without a body's usual shape are taken too), linked as lead or responsible unit of the project
 * the task names, or failing that of the first plan named in the task.
 */
final class TaskUnitRules implements MentionFinder {
    private static final Pattern UNITS = Pattern.compile(
        "[（(]\\s*(?<role>牵头单位|责任单位|配合单位|参与单位)\\s*[:：](?<list>[^（()）]*?(?:[（(][^（()）]*[）)][^（()）]*?)*)[）)]");
    private static final Pattern PART = Pattern.compile("(?<role>牵头单位|责任单位|配合单位|参与单位)\\s*[:：]\\s*(?<list>[^；;]+)");

    @Override
    public void find(ExtractionContext cx) {
        Matcher m = UNITS.matcher(cx.text);
        while (m.find()) {
            Mention task = taskSubject(cx, m.start());
            Matcher p = PART.matcher(cx.text).region(m.start() + 1, m.end() - 1);
            while (p.find())
                units(cx, task, p.group("role").equals("牵头单位") ? Relation.LEAD_UNIT : Relation.RESPONSIBLE_UNIT,
                    p.group("list"), p.start("list"));
        }
    }

    private static void units(ExtractionContext cx, Mention task, Relation relation, String list, int offset) {
        int at = 0;
        for (String item : list.split("[、，,]")) {
            int lead = item.length() - item.stripLeading().length();
            String name = item.strip();
            int start = offset + at + lead;
            at += item.length() + 1;
            if (name.length() < 2 || name.startsWith("各"))
                continue; // 各县（市、区）政府 names no one body
            Mention unit = cx.startingAt(EntityType.ORGANIZATION, start);
            if (unit == null || unit.end() > start + name.length())
                unit = cx.mention(EntityType.ORGANIZATION, name, start, start + name.length());
            if (task != null)
                cx.link(task.entity(), relation, unit.entity(), start, start + name.length());
        }
    }

    /** The project named in the task (the paragraph holding the list), else its first plan. */
    private static Mention taskSubject(ExtractionContext cx, int listStart) {
        // a task is a paragraph; in text without line breaks, the 600 characters before the list
        int paragraph = Math.max(cx.text.lastIndexOf('\n', listStart) + 1, listStart - 600);
        List<Mention> projects = cx.within(EntityType.PROJECT, paragraph, listStart);
        if (!projects.isEmpty())
            return projects.get(0);
        List<Mention> plans = cx.within(EntityType.PLAN, paragraph, listStart);
        return plans.isEmpty() ? null : plans.get(0);
    }
}
