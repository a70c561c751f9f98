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
 * Reads the numbered tasks of implementation plans and work points, {@code 1．扩容某某市政务云。…}
 * or {@code 3.迭代升级“某某”频道，…}: the object of the opening verb, cut after its last word of a
 * built thing (平台, 系统, 站点, 频道 …), is a project. Such projects are recorded as tasks, so
 * that their unit lists and the plan they belong to can be linked later.
 */
public final class TaskFinder implements MentionFinder {
    private final Pattern item;
    private final Pattern quotedObject;
    private final Pattern verbs;
    private final List<String> strong;
    private final List<String> weak;
    private final char open;
    private final char close;
    private final String joiners;
    private final String enders;

    public TaskFinder(Lexicon lex) {
        item = lex.pattern("task.item");
        quotedObject = lex.pattern("task.quoted-object");
        verbs = lex.pattern("task.verbs");
        strong = lex.list("task.object.suffix");
        weak = lex.list("task.object.weak.suffix");
        open = lex.raw("quote.open").charAt(0);
        close = lex.raw("quote.close").charAt(0);
        joiners = lex.raw("task.clause.joiners");
        enders = lex.raw("task.clause.enders") + "\n"; // a line end ends every clause
    }

    @Override
    public void find(DocumentMetadata meta, Candidates.Builder found) {
        MentionSet cx = found.mentions();
        Matcher item = this.item.matcher(cx.text());
        while (item.find()) {
            int clause = item.end();
            // the heading sentence may open with a reform and name the project in its next clause
            for (int k = 0; k < 3 && clause < cx.text().length(); k++) {
                Matcher v = verbs.matcher(cx.text()).region(clause, cx.text().length());
                int end = clauseEnd(cx.text(), clause);
                if (v.lookingAt()) {
                    int cut = objectEnd(cx.text(), v.end(), end);
                    boolean quoted = cut - v.end() >= 2 && cx.text().charAt(v.end()) == open && cx.text().charAt(cut - 1) == close;
                    int from = quoted ? v.end() + 1 : v.end();
                    int to = from > v.end() ? cut - 1 : cut;
                    if (to - from >= 3) {
                        Mention project = cx.mention(EntityType.PROJECT, cx.text().substring(from, to), from, to);
                        found.task(new Notes.Task(project, item.start(), paragraphEnd(cx.text(), item.end())));
                        break;
                    }
                }
                if (end >= cx.text().length() || joiners.indexOf(cx.text().charAt(end)) < 0)
                    break;
                clause = end + 1;
            }
        }
    }

    /** Where the object's name ends: after its last strong suffix, or at a weak suffix that closes the clause. */
    private int objectEnd(String text, int start, int clauseEnd) {
        String clause = text.substring(start, clauseEnd);
        Matcher quoted = quotedObject.matcher(clause);
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

    private boolean insideQuote(String s, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++)
            depth += s.charAt(i) == open ? 1 : s.charAt(i) == close ? -1 : 0;
        return depth > 0;
    }

    private int clauseEnd(String text, int from) {
        int i = from;
        while (i < text.length() && enders.indexOf(text.charAt(i)) < 0)
            i++;
        return i;
    }

    private static int paragraphEnd(String text, int from) {
        int i = text.indexOf('\n', from);
        return i < 0 ? text.length() : i;
    }
}
