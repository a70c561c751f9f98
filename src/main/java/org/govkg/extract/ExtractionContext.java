package org.govkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The working state of one extraction: the text, its sentences, and what the finders and rules
 * have found so far. Finders add mentions; rules read them and add links.
 */
final class ExtractionContext {
    final String text;
    final DocumentMetadata metadata;
    final List<Sentence> sentences;
    private List<Mention> mentions = new ArrayList<>();
    /** Mentions by start offset: rules ask "what starts here" and "what lies in this span" all the time. */
    private final java.util.TreeMap<Integer, List<Mention>> byStart = new java.util.TreeMap<>();
    final List<Link> links = new ArrayList<>();
    final List<PostFact> posts = new ArrayList<>();
    final List<MemberCount> memberCounts = new ArrayList<>();
    final List<Figure> figures = new ArrayList<>();
    final List<Attribute> attributes = new ArrayList<>();
    /** Region names found inside bodies' names, turned into Region mentions once the body survives. */
    final List<RegionPrefix> regionPrefixes = new ArrayList<>();

    /** Bodies named in lists (分别由A、B牵头) whose mention is settled later: entity, relation, name, offset. */
    final List<PendingUnit> pendingUnits = new ArrayList<>();

    /** A body named at {@code start} that stands in {@code relation} to {@code subject}. */
    record PendingUnit(EntityRef subject, Relation relation, String name, int start) {}

    /** Numbered tasks of a plan: the project each names and the paragraph it spans. */
    final List<Task> tasks = new ArrayList<>();

    /** A task item: its project and the span of its paragraph. */
    record Task(Mention project, int start, int end) {}

    /** Roster lines read before overlaps are settled, linked once the bodies in them are known. */
    final List<RosterEntry> pendingRoster = new ArrayList<>();

    /** A roster line: the person, the role they are listed under, and where their affiliation is. */
    record RosterEntry(Mention person, String role, int affiliationStart, int affiliationEnd) {}

    /** The region part {@code [start, end)} of a body's name; {@code governs} when the body is its government. */
    record RegionPrefix(Mention body, int start, int end, boolean governs) {}

    ExtractionContext(String text, DocumentMetadata metadata, List<Sentence> sentences) {
        this.text = text;
        this.metadata = metadata;
        this.sentences = sentences;
    }

    /** Records a mention of an entity named {@code name} at {@code [start, end)}. */
    Mention mention(EntityType type, String name, int start, int end) {
        Mention m = new Mention(new EntityRef(type, name), text.substring(start, end), start, end);
        mentions.add(m);
        byStart.computeIfAbsent(start, k -> new ArrayList<>()).add(m);
        return m;
    }

    List<Mention> mentions() {
        return mentions;
    }

    void replaceMentions(List<Mention> resolved) {
        mentions = new ArrayList<>(resolved);
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.length()));
        reindex();
    }

    void link(EntityRef s, Relation r, EntityRef o, int start, int end) {
        if (!s.equals(o))
            links.add(new Link(s, r, o, start, end));
    }

    /** Mentions of the type lying inside {@code [start, end)}, in text order. */
    private void reindex() {
        byStart.clear();
        for (Mention m : mentions)
            byStart.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m);
    }

    List<Mention> within(EntityType type, int start, int end) {
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
    Mention lastBefore(EntityType type, Sentence s, int offset) {
        Mention best = null;
        for (Mention m : within(type, s.start(), offset))
            if (best == null || m.end() > best.end())
                best = m;
        return best;
    }

    /** The first mention of the type that starts at or after {@code offset} inside the sentence. */
    Mention firstAfter(EntityType type, Sentence s, int offset) {
        List<Mention> found = within(type, offset, s.end());
        return found.isEmpty() ? null : found.get(0);
    }

    /** A mention of the type starting exactly at {@code offset} (the longest), or null. */
    Mention startingAt(EntityType type, int offset) {
        Mention best = null;
        for (Mention m : byStart.getOrDefault(offset, List.of()))
            if (m.entity().type() == type && (best == null || m.length() > best.length()))
                best = m;
        return best;
    }

    /** The last group named before {@code offset} that is not itself a working group of another, or null. */
    Mention lastGroupBefore(int offset) {
        List<Mention> groups = within(EntityType.LEADERSHIP_GROUP, 0, offset);
        for (int i = groups.size() - 1; i >= 0; i--) {
            Mention g = groups.get(i);
            boolean workingGroup = links.stream().anyMatch(l -> l.relation() == Relation.HAS_WORKING_GROUP && l.object().equals(g.entity()));
            if (!workingGroup)
                return g;
        }
        return null;
    }

    Sentence sentenceAt(int offset) {
        for (Sentence s : sentences)
            if (s.contains(offset))
                return s;
        return null;
    }

    /** Renames entities everywhere they occur: mentions keep their surface, facts follow the new names. */
    void rename(java.util.Map<EntityRef, EntityRef> names) {
        java.util.function.UnaryOperator<EntityRef> r = e -> e == null ? null : names.getOrDefault(e, e);
        mentions.replaceAll(m -> new Mention(r.apply(m.entity()), m.surface(), m.start(), m.end()));
        reindex();
        links.replaceAll(l -> new Link(r.apply(l.subject()), l.relation(), r.apply(l.object()), l.start(), l.end()));
        posts.replaceAll(p -> new PostFact(r.apply(p.group()), p.kind(), p.role(), p.title(), p.start(), p.end()));
        memberCounts.replaceAll(c -> new MemberCount(r.apply(c.group()), c.count(), c.start(), c.end()));
        figures.replaceAll(f -> new Figure(r.apply(f.subject()), f.value(), f.unit(), f.measures(), f.start(), f.end()));
        attributes.replaceAll(a -> new Attribute(r.apply(a.entity()), a.kind(), a.value(), a.start(), a.end()));
        pendingUnits.replaceAll(u -> new PendingUnit(r.apply(u.subject()), u.relation(), u.name(), u.start()));
        tasks.replaceAll(t -> new Task(new Mention(r.apply(t.project().entity()), t.project().surface(), t.project().start(),
            t.project().end()), t.start(), t.end()));
    }

    Extraction build() {
        return new Extraction(text, metadata, sentences, List.copyOf(mentions), List.copyOf(links),
            List.copyOf(posts), List.copyOf(memberCounts), List.copyOf(figures), List.copyOf(attributes));
    }
}
