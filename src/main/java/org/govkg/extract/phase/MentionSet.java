package org.govkg.extract.phase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.govkg.extract.model.Attribute;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Extraction;
import org.govkg.extract.model.Figure;
import org.govkg.extract.model.Link;
import org.govkg.extract.model.MemberCount;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.PostFact;
import org.govkg.extract.model.Relation;
import org.govkg.extract.model.Sentence;
import org.govkg.vocab.EntityType;

/**
 * The mentions of one document and the facts stated between them, as the phases build them: a phase
 * takes the set the previous phase handed on and hands it on in turn (no earlier phase reads it again,
 * so it moves instead of being copied, which keeps extraction as fast as a single pass). Rules ask
 * "what starts here" and "what lies in this span" all the time, so mentions are indexed by offset.
 */
public final class MentionSet {
    /** Mentions are never longer than this (a title in 《》 is the longest), which bounds every search for overlaps. */
    public static final int LONGEST_MENTION = 130;

    private final DocumentText doc;
    private List<Mention> mentions = new ArrayList<>();
    private final TreeMap<Integer, List<Mention>> byStart = new TreeMap<>();
    private final Map<Integer, List<Mention>> byEnd = new HashMap<>();
    private final Set<Mention> held = new HashSet<>();
    private final List<Link> links = new ArrayList<>();
    private final List<PostFact> posts = new ArrayList<>();
    private final List<MemberCount> memberCounts = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Attribute> attributes = new ArrayList<>();
    /** Every rename applied, in order, so that notes taken before it can follow (see {@link #renamed}). */
    private final List<Map<EntityRef, EntityRef>> renames = new ArrayList<>();

    public MentionSet(DocumentText doc) {
        this.doc = doc;
    }

    /** The normalised text the rules match against. */
    public String text() { return doc.text(); }

    public List<Sentence> sentences() { return doc.sentences(); }

    public Sentence sentenceAt(int offset) { return doc.sentenceAt(offset); }

    /** Records a mention of an entity named {@code name} at {@code [start, end)}. */
    public Mention mention(EntityType type, String name, int start, int end) {
        return mention(type, name, start, end, null);
    }

    /** Records a mention whose name is not its surface for a reason worth telling (我局 is the publisher). */
    public Mention mention(EntityType type, String name, int start, int end, String resolution) {
        Mention m = new Mention(new EntityRef(type, name), doc.original().substring(start, end), start, end, resolution);
        mentions.add(m);
        index(m);
        return m;
    }

    public List<Mention> mentions() { return mentions; }

    /** Drops a candidate that a later finder shows to be wrong (a body's name that swallowed a person's). */
    public void remove(Mention m) {
        if (!held.remove(m))
            return;
        mentions.remove(m);
        byStart.getOrDefault(m.start(), new ArrayList<>()).remove(m);
        byEnd.getOrDefault(m.end(), new ArrayList<>()).remove(m);
    }

    /** The mentions that survive a phase (overlap settling), in text order, longest first at one offset. */
    public void replaceMentions(List<Mention> kept) {
        mentions = new ArrayList<>(kept);
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.length()));
        reindex();
    }

    public void link(EntityRef s, Relation r, EntityRef o, int start, int end) {
        if (!s.equals(o))
            links.add(new Link(s, r, o, start, end));
    }

    public List<Link> links() { return links; }

    public void post(PostFact p) { posts.add(p); }

    public List<PostFact> posts() { return posts; }

    public void memberCount(MemberCount c) { memberCounts.add(c); }

    public List<MemberCount> memberCounts() { return memberCounts; }

    public void figure(Figure f) { figures.add(f); }

    public void attribute(Attribute a) { attributes.add(a); }

    private void reindex() {
        byStart.clear();
        byEnd.clear();
        held.clear();
        mentions.forEach(this::index);
    }

    private void index(Mention m) {
        byStart.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m);
        byEnd.computeIfAbsent(m.end(), k -> new ArrayList<>()).add(m);
        held.add(m);
    }

    /** Whether this mention is (still) one of the document's: constant time, unlike a list search. */
    public boolean holds(Mention m) {
        return held.contains(m);
    }

    /** Whether any mention, of any type, covers {@code offset}. */
    public boolean covered(int offset) {
        for (List<Mention> at : byStart.subMap(offset - LONGEST_MENTION, true, offset, true).values())
            for (Mention m : at)
                if (m.contains(offset))
                    return true;
        return false;
    }

    public List<Mention> covering(EntityType type, int offset) {
        List<Mention> out = new ArrayList<>();
        for (List<Mention> at : byStart.subMap(offset - LONGEST_MENTION, true, offset, true).values())
            for (Mention m : at)
                if (m.entity().type() == type && m.contains(offset))
                    out.add(m);
        return out;
    }

    /** All mentions, of any type, that end exactly at {@code offset}. */
    public List<Mention> endingAt(int offset) {
        return byEnd.getOrDefault(offset, List.of());
    }

    /** Mentions of the type that end exactly at {@code offset}. */
    public List<Mention> endingAt(EntityType type, int offset) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : byEnd.getOrDefault(offset, List.of()))
            if (m.entity().type() == type)
                out.add(m);
        return out;
    }

    /** Mentions of the type lying inside {@code [start, end)}, in text order. */
    public List<Mention> within(EntityType type, int start, int end) {
        List<Mention> out = new ArrayList<>();
        if (start >= end)
            return out;
        for (List<Mention> at : byStart.subMap(start, end).values())
            for (Mention m : at)
                if (m.entity().type() == type && m.end() <= end)
                    out.add(m);
        return out;
    }

    /** The last mention of the type that ends at or before {@code offset} inside the sentence. */
    public Mention lastBefore(EntityType type, Sentence s, int offset) {
        Mention best = null;
        for (Mention m : within(type, s.start(), offset))
            if (best == null || m.end() > best.end())
                best = m;
        return best;
    }

    /** The first mention of the type that starts at or after {@code offset} inside the sentence. */
    public Mention firstAfter(EntityType type, Sentence s, int offset) {
        List<Mention> found = within(type, offset, s.end());
        return found.isEmpty() ? null : found.get(0);
    }

    /** A mention of the type starting exactly at {@code offset} (the longest), or null. */
    public Mention startingAt(EntityType type, int offset) {
        Mention best = null;
        for (Mention m : byStart.getOrDefault(offset, List.of()))
            if (m.entity().type() == type && (best == null || m.length() > best.length()))
                best = m;
        return best;
    }

    /** The first mention of the organization that published the document ({@code publisher}, as its byline names it), or null. */
    public Mention publisher(String publisher) {
        if (publisher == null || publisher.isBlank())
            return null;
        for (Mention m : mentions)
            if (m.entity().type() == EntityType.ORGANIZATION && (m.surface().equals(publisher) || m.entity().name().equals(publisher)))
                return m;
        return null;
    }

    /** The last group named before {@code offset} that is not itself a working group of another, or null. */
    public Mention lastGroupBefore(int offset) {
        Set<EntityRef> workingGroups = new HashSet<>();
        for (Link l : links)
            if (l.relation() == Relation.HAS_WORKING_GROUP)
                workingGroups.add(l.object());
        for (List<Mention> at : byStart.headMap(offset, false).descendingMap().values())
            for (Mention g : at)
                if (g.entity().type() == EntityType.LEADERSHIP_GROUP && g.end() <= offset && !workingGroups.contains(g.entity()))
                    return g;
        return null;
    }

    /** Mentions written {@code surface} become an entity of that name again, whatever rules merged them. */
    public void split(EntityType type, String surface, String rule) {
        mentions.replaceAll(m -> m.entity().type() == type && m.surface().equals(surface) && !m.entity().name().equals(surface)
            ? m.resolvedTo(new EntityRef(type, surface), rule) : m);
        reindex();
    }

    /** Renames entities everywhere they occur: mentions keep their surface, facts follow the new names. */
    public void rename(Map<EntityRef, EntityRef> names) {
        rename(names, Map.of());
    }

    /** Renames entities and records on each moved mention the rule that moved it ({@code rules} by old entity). */
    public void rename(Map<EntityRef, EntityRef> names, Map<EntityRef, String> rules) {
        if (names.isEmpty())
            return; // nothing moves: no reindex
        UnaryOperator<EntityRef> r = e -> e == null ? null : names.getOrDefault(e, e);
        mentions.replaceAll(m -> names.containsKey(m.entity())
            ? m.resolvedTo(names.get(m.entity()), rules.getOrDefault(m.entity(), "merged: " + m.entity().name() + " → " + names.get(m.entity()).name()))
            : m);
        reindex();
        links.replaceAll(l -> new Link(r.apply(l.subject()), l.relation(), r.apply(l.object()), l.start(), l.end()));
        posts.replaceAll(p -> new PostFact(r.apply(p.group()), p.kind(), p.role(), p.title(), p.start(), p.end()));
        memberCounts.replaceAll(c -> new MemberCount(r.apply(c.group()), c.count(), c.start(), c.end()));
        figures.replaceAll(f -> new Figure(r.apply(f.subject()), f.value(), f.unit(), f.measures(), f.start(), f.end()));
        attributes.replaceAll(a -> new Attribute(r.apply(a.entity()), a.kind(), a.value(), a.start(), a.end()));
        renames.add(Map.copyOf(names));
    }

    /** The name an entity noted before this set's renames has now (each rename applied in turn). */
    public EntityRef renamed(EntityRef e) {
        EntityRef out = e;
        for (Map<EntityRef, EntityRef> names : renames)
            out = out == null ? null : names.getOrDefault(out, out);
        return out;
    }

    /** Links whose ends lost their mentions would point at nothing; a fact stated twice is one fact. */
    public Extraction build(org.govkg.extract.model.DocumentMetadata metadata) {
        Set<EntityRef> named = new HashSet<>();
        mentions.forEach(m -> named.add(m.entity()));
        List<Link> kept = new ArrayList<>(new java.util.LinkedHashSet<>(links));
        kept.removeIf(l -> !named.contains(l.subject()) || !named.contains(l.object()));
        List<PostFact> keptPosts = new ArrayList<>(posts);
        keptPosts.removeIf(p -> !named.contains(p.group()));
        List<MemberCount> keptCounts = new ArrayList<>(memberCounts);
        keptCounts.removeIf(c -> !named.contains(c.group()));
        // the rules read normalised sentences; what is stored quotes the document as written
        List<Sentence> asWritten = doc.sentences().stream()
            .map(s -> new Sentence(s.index(), s.start(), s.end(), doc.original().substring(s.start(), s.end()))).toList();
        return new Extraction(doc.original(), metadata, asWritten, List.copyOf(mentions), List.copyOf(kept),
            List.copyOf(keptPosts), List.copyOf(keptCounts), List.copyOf(figures), List.copyOf(attributes));
    }
}
