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
    private final java.util.Map<Integer, List<Mention>> byEnd = new java.util.HashMap<>();
    private final java.util.Set<Mention> held = new java.util.HashSet<>();
    private final int[] sentenceStarts;
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

    /** The document's jurisdiction (红河州), once known; relative names are completed with it. */
    String jurisdiction;

    /** Roster lines read before overlaps are settled, linked once the bodies in them are known. */
    final List<RosterEntry> pendingRoster = new ArrayList<>();

    /** A roster line: the person, the role they are listed under, and where their affiliation is. */
    record RosterEntry(Mention person, String role, int affiliationStart, int affiliationEnd) {}

    /** The region part {@code [start, end)} of a body's name; {@code governs} when the body is its government. */
    record RegionPrefix(Mention body, int start, int end, boolean governs) {}

    /** The document's text as written: mentions quote it. {@link #text} is its normalised form for matching. */
    final String original;

    ExtractionContext(String original, String text, DocumentMetadata metadata, List<Sentence> sentences) {
        this.original = original;
        this.text = text;
        this.metadata = metadata;
        this.sentences = sentences;
        this.sentenceStarts = sentences.stream().mapToInt(Sentence::start).toArray();
    }

    /** Records a mention of an entity named {@code name} at {@code [start, end)}. */
    Mention mention(EntityType type, String name, int start, int end) {
        return mention(type, name, start, end, null);
    }

    /** Records a mention whose name is not its surface for a reason worth telling (我局 is the publisher). */
    Mention mention(EntityType type, String name, int start, int end, String resolution) {
        Mention m = new Mention(new EntityRef(type, name), original.substring(start, end), start, end, resolution);
        mentions.add(m);
        index(m);
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
    boolean holds(Mention m) {
        return held.contains(m);
    }

    /** Mentions are never longer than this (a title in 《》 is the longest), which bounds every search for overlaps. */
    static final int LONGEST_MENTION = 130;

    /** Mentions of the type that cover {@code offset}. */
    List<Mention> covering(EntityType type, int offset) {
        List<Mention> out = new ArrayList<>();
        for (List<Mention> at : byStart.subMap(offset - LONGEST_MENTION, true, offset, true).values())
            for (Mention m : at)
                if (m.entity().type() == type && m.contains(offset))
                    out.add(m);
        return out;
    }

    /** All mentions, of any type, that end exactly at {@code offset}. */
    List<Mention> endingAt(int offset) {
        return byEnd.getOrDefault(offset, List.of());
    }

    /** Mentions of the type that end exactly at {@code offset}. */
    List<Mention> endingAt(EntityType type, int offset) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : byEnd.getOrDefault(offset, List.of()))
            if (m.entity().type() == type)
                out.add(m);
        return out;
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
        java.util.Set<EntityRef> workingGroups = new java.util.HashSet<>();
        for (Link l : links)
            if (l.relation() == Relation.HAS_WORKING_GROUP)
                workingGroups.add(l.object());
        for (List<Mention> at : byStart.headMap(offset, false).descendingMap().values())
            for (Mention g : at)
                if (g.entity().type() == EntityType.LEADERSHIP_GROUP && g.end() <= offset && !workingGroups.contains(g.entity()))
                    return g;
        return null;
    }

    /** The sentence holding the offset, by binary search over sentence starts. */
    Sentence sentenceAt(int offset) {
        int i = java.util.Arrays.binarySearch(sentenceStarts, offset);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 && sentences.get(at).contains(offset) ? sentences.get(at) : null;
    }

    /** Mentions written {@code surface} become an entity of that name again, whatever rules merged them. */
    void split(EntityType type, String surface, String rule) {
        mentions.replaceAll(m -> m.entity().type() == type && m.surface().equals(surface) && !m.entity().name().equals(surface)
            ? m.resolvedTo(new EntityRef(type, surface), rule) : m);
        reindex();
    }

    /** Renames entities everywhere they occur: mentions keep their surface, facts follow the new names. */
    void rename(java.util.Map<EntityRef, EntityRef> names) {
        rename(names, java.util.Map.of());
    }

    /** Renames entities and records on each moved mention the rule that moved it ({@code rules} by old entity). */
    void rename(java.util.Map<EntityRef, EntityRef> names, java.util.Map<EntityRef, String> rules) {
        java.util.function.UnaryOperator<EntityRef> r = e -> e == null ? null : names.getOrDefault(e, e);
        mentions.replaceAll(m -> names.containsKey(m.entity())
            ? m.resolvedTo(names.get(m.entity()), rules.getOrDefault(m.entity(), "merged: " + m.entity().name() + " → " + names.get(m.entity()).name()))
            : m);
        reindex();
        links.replaceAll(l -> new Link(r.apply(l.subject()), l.relation(), r.apply(l.object()), l.start(), l.end()));
        posts.replaceAll(p -> new PostFact(r.apply(p.group()), p.kind(), p.role(), p.title(), p.start(), p.end()));
        memberCounts.replaceAll(c -> new MemberCount(r.apply(c.group()), c.count(), c.start(), c.end()));
        figures.replaceAll(f -> new Figure(r.apply(f.subject()), f.value(), f.unit(), f.measures(), f.start(), f.end()));
        attributes.replaceAll(a -> new Attribute(r.apply(a.entity()), a.kind(), a.value(), a.start(), a.end()));
        pendingUnits.replaceAll(u -> new PendingUnit(r.apply(u.subject()), u.relation(), u.name(), u.start()));
        tasks.replaceAll(t -> new Task(new Mention(r.apply(t.project().entity()), t.project().surface(), t.project().start(),
            t.project().end(), t.project().resolution()), t.start(), t.end()));
    }

    Extraction build() {
        // the rules read normalised sentences; what is stored quotes the document as written
        List<Sentence> asWritten = sentences.stream()
            .map(s -> new Sentence(s.index(), s.start(), s.end(), original.substring(s.start(), s.end()))).toList();
        return new Extraction(original, metadata, asWritten, List.copyOf(mentions), List.copyOf(links),
            List.copyOf(posts), List.copyOf(memberCounts), List.copyOf(figures), List.copyOf(attributes));
    }
}
