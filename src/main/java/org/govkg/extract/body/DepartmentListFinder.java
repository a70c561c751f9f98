package org.govkg.extract.body;

import java.util.regex.Matcher;
import java.util.List;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.Sentence;
import org.govkg.extract.phase.MentionSet;
import org.govkg.vocab.EntityType;

import org.govkg.resolve.AbbreviationTable;

/**
 * Lists of posts name departments by their stem only: {@code 发展改革、财政、教育主要领导为副主任}
 * names the jurisdiction's 发展和改革委员会, 财政局 and 教育局. Each stem the abbreviation table
 * knows, or an item that is itself a body's name (某某服务中心), becomes a body of the jurisdiction.
 */
public final class DepartmentListFinder {
    private final Pattern list;
    private final Pattern bodySuffix;
    private final List<String> keys;
    private final Pattern itemSeparator;
    private final AbbreviationTable abbreviations;

    public DepartmentListFinder(Lexicon lex, AbbreviationTable abbreviations) {
        this.list = lex.pattern("body.department-list");
        this.bodySuffix = lex.pattern("body.department-list.body");
        this.keys = lex.list("body.department-list.keys");
        this.itemSeparator = lex.pattern("list.item-separator");
        this.abbreviations = abbreviations;
    }

    /** Finds the lists in a document of {@code jurisdiction} (nothing when it is not known). */
    public void find(String jurisdiction, MentionSet cx) {
        if (jurisdiction == null)
            return;
        for (Sentence s : cx.sentences()) {
            if (!holdsAny(s.text(), keys))
                continue;
            Matcher m = list.matcher(cx.text()).region(s.start(), s.end()).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find())
                items(jurisdiction, cx, m.group("list"), m.start("list"));
        }
    }

    private void items(String jurisdiction, MentionSet cx, String list, int offset) {
        int at = offset;
        for (String item : itemSeparator.split(list)) {
            String full = bodySuffix.matcher(item).find() ? item : abbreviations.fullFormOfStem(item);
            if (full != null && cx.startingAt(EntityType.ORGANIZATION, at) == null)
                cx.mention(EntityType.ORGANIZATION, jurisdiction + full, at, at + item.length(),
                    "department stem: " + item + " → " + jurisdiction + full + " (a list of posts)");
            at += item.length() + 1;
        }
    }

    private static boolean holdsAny(String text, List<String> words) {
        for (String w : words)
            if (text.contains(w))
                return true;
        return false;
    }
}
