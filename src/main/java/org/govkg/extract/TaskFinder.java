package org.govkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbered tasks of implementation plans and work points, {@code 1．扩容某某市政务云。…}
 * or {@code 3.迭代升级“某某”频道，…}: the object of the opening verb, cut after its last word of a
 * built thing (平台, 系统, 站点, 频道 …), is a project. Such projects are recorded as tasks, so
 * that their unit lists and the plan they belong to can be linked later.
 */
final class TaskFinder implements MentionFinder {
    private static final Pattern ITEM = Pattern.compile("(?m)^[\\s\u3000]*(?:\\d{1,2}\\s*[.．、]|[（(](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[）)])\\s*");
    private static final Pattern QUOTED_OBJECT = Pattern.compile("^“([^“”]{2,30})”(?:建设|工作|项目)?$");
    private final Pattern verbs;
    private final List<String> strong;
    private final List<String> weak;

    TaskFinder(Lexicon lex) {
        verbs = Pattern.compile(lex.alternation("task.verbs") + "+");
        strong = lex.list("task.object.suffix");
        weak = lex.list("task.object.weak.suffix");
    }

    @Override
    public void find(ExtractionContext cx) {
        Matcher item = ITEM.matcher(cx.text);
        while (item.find()) {
            int clause = item.end();
            // the heading sentence may open with a reform and name the project in its next clause
            for (int k = 0; k < 3 && clause < cx.text.length(); k++) {
                Matcher v = verbs.matcher(cx.text).region(clause, cx.text.length());
                int end = clauseEnd(cx.text, clause);
                if (v.lookingAt()) {
                    int cut = objectEnd(cx.text, v.end(), end);
                    boolean quoted = cut - v.end() >= 2 && cx.text.charAt(v.end()) == '“' && cx.text.charAt(cut - 1) == '”';
                    int from = quoted ? v.end() + 1 : v.end();
                    int to = from > v.end() ? cut - 1 : cut;
                    if (to - from >= 3) {
                        Mention project = cx.mention(EntityType.PROJECT, cx.text.substring(from, to), from, to);
                        cx.tasks.add(new ExtractionContext.Task(project, item.start(), paragraphEnd(cx.text, item.end())));
                        break;
                    }
                }
                if (end >= cx.text.length() || "，,".indexOf(cx.text.charAt(end)) < 0)
                    break;
                clause = end + 1;
            }
        }
    }

    /** Where the object's name ends: after its last strong suffix, or at a weak suffix that closes the clause. */
    private int objectEnd(String text, int start, int clauseEnd) {
        String clause = text.substring(start, clauseEnd);
        Matcher quoted = QUOTED_OBJECT.matcher(clause);
        if (quoted.matches())
            return start + quoted.end(1) + 1;
        int best = -1;
        for (String s : strong) {
            int i = clause.lastIndexOf(s);
            if (i >= 0 && i + s.length() > best && !insideQuote(clause, i + s.length()))
                best = i + s.length();
        }
        if (best < 0)
            for (String w : weak)
                if (clause.endsWith(w))
                    best = clause.length();
        return best < 0 ? start : start + best;
    }

    private static boolean insideQuote(String s, int at) {
        int open = 0;
        for (int i = 0; i < at; i++)
            open += s.charAt(i) == '“' ? 1 : s.charAt(i) == '”' ? -1 : 0;
        return open > 0;
    }

    private static int clauseEnd(String text, int from) {
        int i = from;
        while (i < text.length() && "，,。；;（(\n".indexOf(text.charAt(i)) < 0)
            i++;
        return i;
    }

    private static int paragraphEnd(String text, int from) {
        int i = text.indexOf('\n', from);
        return i < 0 ? text.length() : i;
    }
}
