package org.govkg.extract.body;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.vocab.EntityType;

/**
 * In a body's own document its units are written relative to it: {@code 局办公室负责协调，局法规处负责审查}
 * in a 某某局 document names that bureau's office and legal division, {@code 局机关党委} its offices' party
 * committee (中共某某局机关委员会). Each is a sub-organization of the publisher.
 */
public final class PublisherUnitFinder implements MentionFinder {
    private final Pattern unit;
    private final String partyUnit;
    private final String partyUnitFull;
    private final String partyPrefix;

    public PublisherUnitFinder(Lexicon lex) {
        unit = lex.pattern("body.publisher-unit");
        partyUnit = lex.raw("body.party-unit");
        partyUnitFull = lex.raw("body.party-unit.full");
        partyPrefix = lex.raw("resolve.party-committee.prefix");
    }

    @Override
    public void find(DocumentMetadata meta, Candidates.Builder found) {
        String publisher = meta.publisher();
        if (publisher == null || publisher.length() < 3)
            return;
        MentionSet cx = found.mentions();
        EntityRef body = new EntityRef(EntityType.ORGANIZATION, publisher);
        char kind = publisher.charAt(publisher.length() - 1);
        Matcher m = unit.matcher(cx.text());
        for (int at = cx.text().indexOf(kind); at >= 0; at = cx.text().indexOf(kind, at + 1)) {
            if (!m.region(at, cx.text().length()).useTransparentBounds(true).useAnchoringBounds(false).lookingAt()
                || cx.startingAt(EntityType.ORGANIZATION, m.start()) != null)
                continue;
            String u = m.group("unit");
            String name = u.equals(partyUnit) ? partyPrefix + publisher + partyUnitFull : publisher + u;
            Mention division = cx.mention(EntityType.ORGANIZATION, name, m.start(), m.end(),
                "publisher's unit: " + m.group() + " in a document of " + publisher);
            cx.link(division.entity(), Relation.SUB_ORGANIZATION_OF, body, m.start(), m.end());
        }
    }
}
