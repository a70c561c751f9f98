package org.govkg.extract.project;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.lexicon.NameTrimmer;
import org.govkg.extract.lexicon.WordFinder;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.model.Sentence;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.LinkRule;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

/**
 * Finds projects: quoted names that end like a project (“…大数据中心”, “…平台”), items of an
 * enumeration of projects ({@code 重点实施A、B、C等项目建设}), and names with a project suffix
 * that follow a verb of building ({@code 建立某某资源池}).
 */
public final class ProjectFinder implements MentionFinder {
    private final WordFinder enumeration;
    private final Pattern latinTail;
    private final List<String> enumerationKeys;
    private final String placeNamedTail;
    private final Pattern smart;
    private final Pattern phase;
    private final Pattern verbInside;
    private final Pattern part;
    private final Pattern framed;
    private final Pattern counted;
    private final Pattern itemQuotes, itemEtc, itemBuilding;
    private final String closeQuotes;
    private final String nameStops, pairChars, partStops, openQuotes, listSeparator;
    private final Pattern itemSeparator;
    private final WordFinder standard;
    private final Pattern infrastructure;
    private final Pattern quoted;
    private final Pattern quotedApp;
    private final String appEnds;
    private final org.govkg.resolve.Gazetteer gazetteer;
    private final WordFinder built;
    private final NameTrimmer trimmer;
    private final Pattern genericStart;
    private final Pattern scopeStart;
    private final Pattern sibling;

    public ProjectFinder(Lexicon lex, org.govkg.resolve.Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        quotedApp = lex.pattern("project.quoted-app");
        appEnds = lex.raw("project.app.ends");
        enumeration = new WordFinder(lex.list("project.enumeration.verbs"), lex.regex("project.enumeration.rest"));
        enumerationKeys = lex.list("project.enumeration.keys");
        latinTail = lex.pattern("project.latin-tail");
        placeNamedTail = lex.regex("project.place-named.middle") + lex.regex("project.place-named.suffix");
        smart = lex.pattern("project.smart");
        phase = lex.pattern("project.phase");
        verbInside = lex.pattern("project.verb-inside");
        part = lex.pattern("project.part");
        framed = lex.pattern("project.framed");
        counted = lex.pattern("project.counted");
        itemQuotes = lex.pattern("project.item.quotes");
        itemEtc = lex.pattern("project.item.etc");
        itemBuilding = lex.pattern("project.item.building");
        nameStops = lex.raw("project.name.stop.chars");
        closeQuotes = lex.raw("project.item.close-quote.chars");
        pairChars = lex.raw("project.pair.chars");
        partStops = lex.raw("project.part.stop.chars");
        openQuotes = lex.raw("project.item.open-quote.chars");
        listSeparator = lex.raw("list.separator");
        itemSeparator = lex.pattern("list.item-separator");
        quoted = lex.pattern("project.quoted");
        standard = new WordFinder(lex.list("project.standard"), "");
        infrastructure = lex.pattern("project.infrastructure");
        built = new WordFinder(lex.list("project.built.verbs"), lex.regex("project.built.rest"));
        trimmer = new NameTrimmer(lex.raw("stop.chars"), lex.list("cut.words"), lex.list("keep.words"));
        genericStart = Pattern.compile(lex.alternation("project.generic.start"));
        scopeStart = Pattern.compile(lex.alternation("project.scope.start"));
        sibling = lex.pattern("project.sibling");
    }

    /** Names that open with one of the document's places and end like a built thing: 某某市政务云平台, 某某城市大脑. */
    private void placeNamed(MentionSet cx, List<Notes.RegionPrefix> prefixes) {
        java.util.Set<String> places = new java.util.LinkedHashSet<>();
        for (Notes.RegionPrefix p : prefixes) {
            String r = cx.text().substring(p.start(), p.end());
            places.add(r);
            if (r.length() >= 3)
                places.add(r.substring(0, r.length() - 1));
        }
        if (places.isEmpty())
            return;
        Matcher m = Pattern.compile(Lexicon.alternation(List.copyOf(places)) + placeNamedTail).matcher(cx.text());
        while (m.find())
            if (!counted.matcher(m.group()).find() && !verbInside.matcher(m.group()).find())
                cx.mention(EntityType.PROJECT, m.group(), m.start(), m.end());
    }

    @Override
    public void find(DocumentMetadata meta, Candidates.Builder found) {
        MentionSet cx = found.mentions();
        placeNamed(cx, found.regionPrefixes());
        standard.forEach(cx.text(), st -> cx.mention(EntityType.PROJECT, st.group(), st.start(), st.end()));
        Matcher inf = infrastructure.matcher(cx.text());
        while (inf.find())
            cx.mention(EntityType.PROJECT, inf.group(), inf.start(), inf.end());
        Matcher q = quoted.matcher(cx.text());
        while (q.find())
            cx.mention(EntityType.PROJECT, q.group(1), q.start(1), q.end(1));
        Matcher a = quotedApp.matcher(cx.text());
        while (a.find())
            if (a.group("kind") != null)
                cx.mention(EntityType.PROJECT, a.group(), a.start(), a.end());
            else if (isAppName(a.group("name")))
                cx.mention(EntityType.PROJECT, a.group("name"), a.start("name"), a.end("name"));
        built.forEach(cx.text(), b -> {
            int start = b.start("name") + trimmer.nameStart(b.group("name"), b.group("name").length());
            if (b.end("name") - start >= 5 && !hasAny(cx.text().substring(start, b.end("name")), nameStops))
                add(cx, start, b.end("name"));
        });
        Matcher s = smart.matcher(cx.text());
        while (s.find()) {
            int start = s.start() + trimmer.nameStart(s.group(), s.start("suffix") - s.start());
            if (!hasAny(s.group(), nameStops))
                add(cx, start, s.end());
        }
        if (enumerationKeys.stream().anyMatch(cx.text()::contains))
            enumeration.forEach(cx.text(), e -> {
                if (e.group("list").contains(listSeparator))
                    enumeration(cx, e.group("list"), e.start("list"));
            });
        siblings(cx);
        extendToParts(cx);
        latinTails(cx);
    }

    /** 某某作业系统IAO: capitals written straight after a project's name are its short name, part of it. */
    private void latinTails(MentionSet cx) {
        for (Mention m : List.copyOf(cx.mentions())) {
            if (m.entity().type() != EntityType.PROJECT)
                continue;
            Matcher t = latinTail.matcher(cx.text()).region(m.end(), cx.text().length());
            if (t.lookingAt())
                cx.mention(EntityType.PROJECT, m.entity().name() + t.group(), m.start(), t.end());
        }
    }

    /**
     * The items of a 、-list are things of one kind: after a project, each next item that ends like a
     * built thing is a project too (完善某某平台、“某某”综合平台、某某APP等).
     */
    private void siblings(MentionSet cx) {
        String text = cx.text();
        java.util.ArrayDeque<Mention> todo = new java.util.ArrayDeque<>();
        for (Mention m : cx.mentions())
            if (m.entity().type() == EntityType.PROJECT)
                todo.add(m);
        for (int guard = 0; !todo.isEmpty() && guard < MAX_SIBLINGS; guard++) {
            Mention m = todo.poll();
            int at = m.end();
            if (at < text.length() && closeQuotes.indexOf(text.charAt(at)) >= 0)
                at++;
            if (at >= text.length() || listSeparator.indexOf(text.charAt(at)) < 0)
                continue;
            Matcher next = sibling.matcher(text).region(at + 1, text.length());
            if (!next.lookingAt() || hasAny(next.group("name"), nameStops))
                continue;
            int start = next.start("name"), end = next.end("name");
            if (cx.startingAt(EntityType.PROJECT, start) != null || cx.covered(start))
                continue;
            String name = text.substring(start, end);
            boolean quoted = openQuotes.indexOf(name.charAt(0)) >= 0 && !hasAny(name.substring(1), closeQuotes);
            if (quoted || counted.matcher(name).find() || generic(name))
                continue;
            todo.add(cx.mention(EntityType.PROJECT, name, start, end));
        }
    }

    /** List items followed, at most, in one document. */
    private static final int MAX_SIBLINGS = 2000;

    /** 某里办, 某政钉: a service app's name opens with its province's letter (or holds its name) and ends like one. */
    private boolean isAppName(String name) {
        if (appEnds.indexOf(name.charAt(name.length() - 1)) < 0)
            return false;
        return gazetteer.provinceOfLetter(name.substring(0, 1)) != null || gazetteer.holdsProvinceName(name);
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++)
            if (chars.indexOf(s.charAt(i)) >= 0)
                return true;
        return false;
    }

    /** Adds a project unless its name counts things, names many, or is the 以X为核心 of a sentence. */
    private void add(MentionSet cx, int start, int end) {
        String name = cx.text().substring(start, end);
        boolean halfOfPair = start > 0 && pairChars.indexOf(cx.text().charAt(start - 1)) >= 0;
        if (name.length() < 3 || halfOfPair || counted.matcher(name).find() || generic(name)
            || framed.matcher(cx.text()).region(end, cx.text().length()).lookingAt())
            return;
        cx.mention(EntityType.PROJECT, name, start, end);
    }

    /** Whether a name names many things or none; 全省+a name is the jurisdiction's one thing. */
    private boolean generic(String name) {
        Matcher scope = scopeStart.matcher(name);
        if (scope.lookingAt() && name.length() - scope.end() >= 5)
            return genericStart.matcher(name).region(scope.end(), name.length()).lookingAt();
        return genericStart.matcher(name).lookingAt();
    }

    /** 某平台宜宾分站, 某中心指挥大厅, 某系统二期: a part of a project written straight after it is the project meant. */
    private void extendToParts(MentionSet cx) {
        for (Mention m : java.util.List.copyOf(cx.mentions())) {
            if (m.entity().type() != EntityType.PROJECT)
                continue;
            Matcher part = this.part.matcher(cx.text()).region(m.end(), cx.text().length());
            if (!part.lookingAt() || hasAny(part.group(), partStops))
                continue;
            // a phase (二期) is the project itself; a part (分站, 节点) is a project of its own
            boolean isPhase = phase.matcher(part.group()).matches();
            cx.mention(EntityType.PROJECT, isPhase ? m.entity().name() : m.entity().name() + part.group(), m.start(), part.end());
        }
    }

    private void enumeration(MentionSet cx, String list, int offset) {
        int at = 0;
        for (String item : itemSeparator.split(list)) {
            int start = at + trimmer.nameStart(item, item.length());
            at += item.length() + 1;
            String name = cx.text().substring(offset + start, offset + at - 1);
            int lead = leadingQuote(name);
            String clean = itemBuilding.matcher(itemEtc.matcher(itemQuotes.matcher(name).replaceAll("")).replaceAll("")).replaceAll("");
            if (clean.length() >= ENUMERATED_NAME)
                cx.mention(EntityType.PROJECT, clean, offset + start + lead, offset + start + lead + clean.length());
        }
    }

    /** An item of an enumeration shorter than this is a kind of thing (5G、物联网), not a project's name. */
    private static final int ENUMERATED_NAME = 4;

    private int leadingQuote(String name) {
        return !name.isEmpty() && openQuotes.indexOf(name.charAt(0)) >= 0 ? 1 : 0;
    }
}
