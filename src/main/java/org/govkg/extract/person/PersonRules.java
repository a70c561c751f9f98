package org.govkg.extract.person;

import java.util.List;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.Attribute;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.phase.LinkRule;
import org.govkg.extract.phase.MentionSet;
import org.govkg.vocab.EntityType;

/**
 * A body, a post title and a person written in one run ({@code 某市科委副主任某某}, {@code 某局局长某某}):
 * the person holds that post and is a member of that body. A name in a 、-list after the title
 * ({@code 某局副局长某某、某某}) holds it too.
 */
public final class PersonRules implements LinkRule {
    private final List<String> titles;
    private final char listSeparator;

    public PersonRules(Lexicon lex) {
        titles = lex.list("person.title.before");
        listSeparator = lex.raw("list.separator").charAt(0);
    }

    @Override
    public void link(DocumentMetadata meta, MentionSet cx) {
        for (Mention p : List.copyOf(cx.mentions())) {
            if (p.entity().type() != EntityType.PERSON)
                continue;
            int titleEnd = p.start();
            for (Mention prev = previousListed(cx, p); prev != null; prev = previousListed(cx, prev))
                titleEnd = prev.start();
            String title = titleEndingAt(cx.text(), titleEnd);
            if (title == null)
                continue;
            int titleStart = titleEnd - title.length();
            // 某局党组书记、局长某某: a run of titles joined by 、 between the body and the person
            for (String more = titleBefore(cx.text(), titleStart); more != null; more = titleBefore(cx.text(), titleStart)) {
                title = more + listSeparator + title;
                titleStart -= more.length() + 1;
            }
            for (Mention body : cx.endingAt(EntityType.ORGANIZATION, titleStart)) {
                cx.link(p.entity(), Relation.MEMBER_OF, body.entity(), body.start(), p.end());
                cx.attribute(new Attribute(p.entity(), Attribute.Kind.POST_TITLE, title, body.start(), p.end()));
            }
        }
    }

    /** The person named just before this one in a 、-list, or null. */
    private Mention previousListed(MentionSet cx, Mention p) {
        if (p.start() < 2 || cx.text().charAt(p.start() - 1) != listSeparator)
            return null;
        List<Mention> before = cx.endingAt(EntityType.PERSON, p.start() - 1);
        return before.isEmpty() ? null : before.get(0);
    }

    /** The title that ends just before the 、 at {@code at - 1}, or null. */
    private String titleBefore(String text, int at) {
        return at >= 2 && text.charAt(at - 1) == listSeparator ? titleEndingAt(text, at - 1) : null;
    }

    /** The longest post title that ends at {@code end}, or null. */
    private String titleEndingAt(String text, int end) {
        String best = null;
        for (String t : titles)
            if (end >= t.length() && text.startsWith(t, end - t.length()) && (best == null || t.length() > best.length()))
                best = t;
        return best;
    }
}
