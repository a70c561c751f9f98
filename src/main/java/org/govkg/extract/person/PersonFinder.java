package org.govkg.extract.person;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.vocab.EntityType;

/**
 * Finds named people where the genre puts them: the addressee line of a reply
 * ({@code 某某、某某委员:}) and the contact line ({@code 联系人:某某}). Every later occurrence of
 * those names in the text is a mention too.
 */
public final class PersonFinder implements MentionFinder {
    private final java.util.regex.Pattern bodyEnd;

    public PersonFinder(Lexicon lex) {
        bodyEnd = lex.pattern("person.body-end");
    }

    @Override
    public void find(DocumentMetadata meta, Candidates.Builder found) {
        MentionSet cx = found.mentions();
        for (String name : meta.addressees())
            mentionAll(cx, name);
        if (meta.contact() != null)
            mentionAll(cx, meta.contact());
    }

    private void mentionAll(MentionSet cx, String name) {
        if (name.length() < 2 || name.length() > 4 || bodyEnd.matcher(name).find())
            return; // longer addressees, or 市委 and 市政府, are bodies, not people
        for (int i = cx.text().indexOf(name); i >= 0; i = cx.text().indexOf(name, i + name.length()))
            cx.mention(EntityType.PERSON, name, i, i + name.length());
    }
}
