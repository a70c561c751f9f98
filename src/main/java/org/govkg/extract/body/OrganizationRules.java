package org.govkg.extract.body;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.model.Sentence;
import org.govkg.extract.phase.LinkRule;
import org.govkg.extract.phase.MentionSet;
import org.govkg.vocab.EntityType;

/**
 * Links bodies to the bodies they sit in: {@code 在A设立B} makes B a sub-organization of A, and
 * {@code 设置X处、Y处3个业务处室} names divisions of the body set up just before.
 */
public final class OrganizationRules implements LinkRule {
    private final Pattern isPartOf;
    private final Pattern belonging;
    private final Pattern owns;
    private final Pattern its;
    private final Pattern with;
    private final Pattern cooperate;
    private final String partnerGap;
    private final Pattern setUpIn;
    private final String setUp;
    private final Pattern divisionList;
    private final Pattern division;
    private final Pattern countTail;
    private final Pattern itemSeparator;
    private final java.util.Set<String> governmentOffices;

    public OrganizationRules(Lexicon lex) {
        isPartOf = lex.pattern("body.is-part-of");
        belonging = lex.pattern("body.belonging");
        owns = lex.pattern("body.owns");
        its = lex.pattern("body.its");
        with = lex.pattern("body.with");
        cooperate = lex.pattern("body.cooperate");
        partnerGap = lex.regex("body.partner.gap");
        setUpIn = lex.pattern("body.set-up-in");
        setUp = lex.regex("body.set-up");
        divisionList = lex.pattern("body.divisions");
        division = lex.pattern("body.division");
        countTail = lex.pattern("body.count-tail");
        itemSeparator = lex.pattern("list.item-separator");
        governmentOffices = lex.set("resolve.government-office.suffix");
    }

    @Override
    public void link(DocumentMetadata meta, MentionSet cx) {
        setUpIn(cx);
        divisions(cx);
        partners(cx);
        belongsTo(cx);
        publisherJurisdiction(meta, cx);
    }

    /**
     * The publisher of a document acts for the region its name begins with (某某市大数据局 for
     * 某某市): a publisher named in the text with that region also named is linked to it, as a
     * government is. Only the publisher: the page's byline states whose document it is, while a
     * bureau merely mentioned in passing is not said to act for anyone. A government's general
     * office (某某市人民政府办公室) publishes for the government, which is linked already.
     */
    private void publisherJurisdiction(DocumentMetadata meta, MentionSet cx) {
        Mention publisher = cx.publisher(meta.publisher());
        if (publisher == null || governmentOffices.stream().anyMatch(publisher.entity().name()::endsWith))
            return;
        Mention region = null;
        for (Mention m : cx.mentions())
            if (m.entity().type() == EntityType.REGION && publisher.entity().name().startsWith(m.entity().name())
                && publisher.entity().name().length() > m.entity().name().length()
                && (region == null || m.entity().name().length() > region.entity().name().length()))
                region = m;
        if (region != null)
            cx.link(publisher.entity(), Relation.JURISDICTION, region.entity(), publisher.start(), publisher.end());
    }

    /**
     * {@code A是B所属事业单位}, {@code A由B管理}: A is B's sub-organization; {@code B所属的A} and
     * {@code 其所属的A} (其 = the sentence's subject) likewise.
     */
    private void belongsTo(MentionSet cx) {
        for (Mention a : java.util.List.copyOf(cx.mentions())) {
            if (a.entity().type() != EntityType.ORGANIZATION)
                continue;
            Matcher is = isPartOf.matcher(cx.text()).region(a.end(), cx.text().length());
            if (is.lookingAt()) {
                Mention b = cx.startingAt(EntityType.ORGANIZATION, is.end());
                if (b != null && belonging.matcher(cx.text()).region(b.end(), cx.text().length()).lookingAt())
                    cx.link(a.entity(), Relation.SUB_ORGANIZATION_OF, b.entity(), a.start(), b.end());
            }
            Matcher owned = owns.matcher(cx.text()).region(a.end(), cx.text().length());
            if (owned.lookingAt()) {
                Mention child = cx.startingAt(EntityType.ORGANIZATION, owned.end());
                if (child != null)
                    cx.link(child.entity(), Relation.SUB_ORGANIZATION_OF, a.entity(), a.start(), child.end());
            }
        }
        Matcher its = this.its.matcher(cx.text());
        while (its.find()) {
            Sentence s = cx.sentenceAt(its.start());
            Mention child = cx.startingAt(EntityType.ORGANIZATION, its.end());
            java.util.List<Mention> subjects = s == null ? java.util.List.of() : cx.within(EntityType.ORGANIZATION, s.start(), its.start());
            if (child != null && !subjects.isEmpty())
                cx.link(child.entity(), Relation.SUB_ORGANIZATION_OF, subjects.get(0).entity(), subjects.get(0).start(), child.end());
        }
    }

    /** {@code A与B开展合作}, {@code A与B签署…}: the two bodies are partners. */
    private void partners(MentionSet cx) {
        Matcher m = with.matcher(cx.text());
        while (m.find()) {
            Sentence s = cx.sentenceAt(m.start());
            Mention b = cx.startingAt(EntityType.ORGANIZATION, m.end());
            if (s == null || b == null)
                continue;
            Mention a = cx.lastBefore(EntityType.ORGANIZATION, s, m.start());
            if (a != null && a.end() != m.start() && !partnerGap.contains(cx.text().substring(m.start() - 1, m.start())))
                a = null;
            if (a == null) // 某中心启动…，与州公安局联合开展…: the sentence's subject is the partner
                a = cx.firstAfter(EntityType.ORGANIZATION, s, s.start());
            if (a != null && a.end() <= m.start() && cooperate.matcher(cx.text()).region(b.end(), Math.min(cx.text().length(), b.end() + 16)).lookingAt())
                cx.link(a.entity(), Relation.PARTNER, b.entity(), a.start(), b.end());
        }
    }

    private void setUpIn(MentionSet cx) {
        Matcher m = setUpIn.matcher(cx.text());
        while (m.find()) {
            Mention parent = cx.startingAt(EntityType.ORGANIZATION, m.end());
            if (parent == null || !cx.text().startsWith(setUp, parent.end()))
                continue;
            Mention child = cx.startingAt(EntityType.ORGANIZATION, parent.end() + setUp.length());
            if (child != null)
                cx.link(child.entity(), Relation.SUB_ORGANIZATION_OF, parent.entity(), m.start(), child.end());
        }
    }

    private void divisions(MentionSet cx) {
        Matcher m = divisionList.matcher(cx.text());
        while (m.find()) {
            Sentence s = cx.sentenceAt(m.start());
            Mention parent = s == null ? null : cx.lastBefore(EntityType.ORGANIZATION, s, m.start());
            int at = m.start("list");
            for (String item : itemSeparator.split(m.group("list"))) {
                String name = countTail.matcher(item).replaceAll("").strip();
                int offset = cx.text().indexOf(name, at);
                at += item.length() + 1;
                if (!division.matcher(name).find() || offset < 0)
                    continue;
                Mention div = cx.mention(EntityType.ORGANIZATION, name, offset, offset + name.length());
                if (parent != null)
                    cx.link(div.entity(), Relation.SUB_ORGANIZATION_OF, parent.entity(), m.start(), m.end());
            }
        }
    }
}
