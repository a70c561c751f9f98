package org.govkg.extract.resolve;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.resolve.AbbreviationTable;
import org.govkg.resolve.Gazetteer;

/**
 * Gives each body in a document its full name, so that the short forms a document mixes
 * (州发展改革委, 发改委; 某某州委, 中共某某州委员会) are one entity: short forms of departments are
 * expanded with the abbreviation table, and a party committee named by its place and 委 becomes
 * 中共…委员会; a region takes its full name from the gazetteer (某某州 is 某某族自治州). The surface
 * strings stay as written.
 */
public final class NameCanonicalizer {
    private final Pattern partyCommittee;
    private final Pattern projectQuotes;
    private final Pattern groupQuotes;
    private final Pattern quotedInside;
    private final Pattern projectTail;
    private final String partyPrefix;
    private final String partySuffix;
    private final String fullWidthBrackets;
    private final AbbreviationTable abbreviations;
    private final Gazetteer gazetteer;
    private final String agreement;
    private final java.util.List<String> branchSuffixes;
    private final String brandPrefix;
    private final String branchPlaceMark;

    public NameCanonicalizer(Lexicon lex, AbbreviationTable abbreviations, Gazetteer gazetteer) {
        this.partyCommittee = lex.pattern("resolve.party-committee");
        this.projectQuotes = lex.pattern("resolve.project.quotes");
        this.groupQuotes = lex.pattern("resolve.group.quotes");
        this.quotedInside = lex.pattern("resolve.project.quoted-inside");
        this.projectTail = lex.pattern("resolve.project.tail");
        this.partyPrefix = lex.raw("resolve.party-committee.prefix");
        this.partySuffix = lex.raw("resolve.party-committee.suffix");
        this.fullWidthBrackets = lex.raw("resolve.brackets.full-width");
        this.abbreviations = abbreviations;
        this.gazetteer = gazetteer;
        this.agreement = lex.raw("resolve.agreement.suffix");
        this.branchSuffixes = lex.list("resolve.branch.suffix");
        this.brandPrefix = lex.raw("resolve.branch.brand-prefix");
        this.branchPlaceMark = lex.raw("resolve.branch.place-mark");
    }

    public void resolve(MentionSet cx) {
        Set<String> known = new HashSet<>();
        for (Mention m : cx.mentions())
            if (m.entity().type() == EntityType.ORGANIZATION)
                known.add(m.entity().name());
        Map<EntityRef, EntityRef> names = new HashMap<>();
        Map<EntityRef, String> rules = new HashMap<>();
        for (Mention m : cx.mentions()) {
            EntityRef e = m.entity();
            if (names.containsKey(e))
                continue;
            if (e.type() == EntityType.REGION) {
                Gazetteer.Division d = gazetteer.find(e.name());
                if (d != null && !d.name().equals(e.name())) { // 某某州 is 某某族自治州
                    names.put(e, new EntityRef(EntityType.REGION, d.name()));
                    rules.put(e, "gazetteer: " + e.name() + " → " + d.name());
                }
                continue;
            }
            if (e.type() == EntityType.PROJECT || e.type() == EntityType.PLAN) {
                String full = e.type() == EntityType.PROJECT ? projectName(e.name()) : planName(e.name());
                if (!full.equals(e.name())) {
                    names.put(e, new EntityRef(e.type(), full));
                    rules.put(e, "name form: " + e.name() + " → " + full);
                }
                continue;
            }
            if (e.type() != EntityType.ORGANIZATION)
                continue;
            String full = fullName(e.name(), known);
            if (!full.equals(e.name())) {
                names.put(e, new EntityRef(EntityType.ORGANIZATION, full));
                rules.put(e, reason(e.name(), full));
            }
        }
        cx.rename(names, rules);
        placedNames(cx);
        branchNames(cx);
        quotedGroupNames(cx);
    }

    /**
     * A group named with its remit in quotation marks and without them (某某推进“互联网+某某”工作领导小组 in
     * the text, 某某推进互联网+某某工作领导小组 in the title) is one group, named with the marks.
     */
    private void quotedGroupNames(MentionSet cx) {
        mergeByKey(cx, EntityType.LEADERSHIP_GROUP, name -> groupQuotes.matcher(name).replaceAll(""), "quotation marks");
    }

    /**
     * A company's branch named with and without its brand's 中国 and its city's 市 (中国某通某某市分公司,
     * 某通某某分公司, 中国某通某某分公司) is one branch, named as fully as the document names it.
     */
    private void branchNames(MentionSet cx) {
        mergeByKey(cx, EntityType.ORGANIZATION, this::branchKey, "branch");
    }

    /**
     * Entities of {@code type} whose names have the same key are one, named by the longest of their
     * names (the fullest form the document writes); names whose key is null stay as they are.
     */
    private static void mergeByKey(MentionSet cx, EntityType type, java.util.function.Function<String, String> key, String rule) {
        Map<String, java.util.List<EntityRef>> byKey = new java.util.LinkedHashMap<>();
        for (Mention m : cx.mentions()) {
            String k = m.entity().type() == type ? key.apply(m.entity().name()) : null;
            if (k != null && !byKey.computeIfAbsent(k, x -> new java.util.ArrayList<>()).contains(m.entity()))
                byKey.get(k).add(m.entity());
        }
        Map<EntityRef, EntityRef> names = new HashMap<>();
        Map<EntityRef, String> rules = new HashMap<>();
        for (java.util.List<EntityRef> same : byKey.values()) {
            if (same.size() < 2)
                continue;
            EntityRef fullest = same.stream().max(java.util.Comparator.comparingInt(e -> e.name().length())).orElseThrow();
            for (EntityRef e : same)
                if (!e.equals(fullest)) {
                    names.put(e, fullest);
                    rules.put(e, rule + ": " + e.name() + " is " + fullest.name());
                }
        }
        cx.rename(names, rules);
    }

    /** A branch's name without its brand's 中国 and the 市 before its suffix, or null for no branch. */
    private String branchKey(String name) {
        for (String suffix : branchSuffixes) {
            if (!name.endsWith(suffix))
                continue;
            String stem = name.substring(0, name.length() - suffix.length());
            if (stem.startsWith(brandPrefix))
                stem = stem.substring(brandPrefix.length());
            if (stem.endsWith(branchPlaceMark) && stem.length() > branchPlaceMark.length() + 2)
                stem = stem.substring(0, stem.length() - branchPlaceMark.length());
            return stem.length() >= 3 ? stem + suffix : null;
        }
        return null;
    }

    /**
     * A project or an agreement named once with its place and once without (某某市智慧城市建设合作协议 in
     * the text, 智慧城市建设合作协议 in the headline) is one: the bare name is the placed one's, when the
     * document places that name in one division only. Not other plans: a province's 某某发展规划 carries
     * out the national plan of the same name, a different document.
     */
    private void placedNames(MentionSet cx) {
        java.util.Map<EntityRef, java.util.Set<EntityRef>> placed = new java.util.HashMap<>();
        Set<EntityRef> entities = new java.util.LinkedHashSet<>();
        for (Mention m : cx.mentions())
            if (m.entity().type() == EntityType.PROJECT || m.entity().type() == EntityType.PLAN && m.entity().name().endsWith(agreement))
                entities.add(m.entity());
        for (EntityRef e : entities)
            for (EntityRef f : entities)
                if (f.type() == e.type() && f.name().length() > e.name().length() + 1 && f.name().endsWith(e.name())
                        && e.name().length() >= PLACED_NAME && gazetteer.find(f.name().substring(0, f.name().length() - e.name().length())) != null)
                    placed.computeIfAbsent(e, k -> new java.util.LinkedHashSet<>()).add(f);
        Map<EntityRef, EntityRef> names = new HashMap<>();
        Map<EntityRef, String> rules = new HashMap<>();
        placed.forEach((e, fs) -> {
            if (fs.size() == 1) {
                EntityRef f = fs.iterator().next();
                names.put(e, f);
                rules.put(e, "place: " + e.name() + " is " + f.name() + ", named with its place in the text");
            }
        });
        cx.rename(names, rules);
    }

    /** Bare names shorter than this are too generic to be one placed name (平台, 规划). */
    private static final int PLACED_NAME = 6;

    /**
     * “某平台” and 某平台项目建设 are 某平台: quotes and a trailing 项目 or 建设 are not part of a project's
     * name, unless the quotes mark a name inside it (“某快办”APP keeps them).
     */
    String projectName(String name) {
        String bare = quotedInside.matcher(name).matches() ? name : projectQuotes.matcher(name).replaceAll("");
        String stripped = projectTail.matcher(bare).replaceFirst("");
        return stripped.length() >= 4 ? stripped : bare;
    }

    /** A title's brackets are ASCII in its canonical name: 某规划（2021-2025） is 某规划(2021-2025). */
    String planName(String name) {
        return name.replace(fullWidthBrackets.charAt(0), '(').replace(fullWidthBrackets.charAt(1), ')');
    }

    /** The rule, or rules, that turned a written name into its full name, as {@code gkg:resolution} records them. */
    private String reason(String written, String full) {
        if (partyCommittee.matcher(written).matches())
            return "party committee: " + written + " → " + full;
        String placed = gazetteer.withUsualPlace(written);
        String row = abbreviations.rowFor(placed, full);
        String place = placed.equals(written) ? null : "place form: " + written + " → " + placed;
        String abbreviation = row == null ? null : "abbreviation table (" + row + "): " + placed + " → " + full;
        return place == null ? abbreviation : abbreviation == null ? place : place + "; " + abbreviation;
    }

    private String fullName(String written, Set<String> known) {
        String name = gazetteer.withUsualPlace(written);
        Matcher party = partyCommittee.matcher(name);
        if (party.matches() && party.group("place").length() >= 2)
            return partyPrefix + party.group("place") + partySuffix;
        return abbreviations.fullName(name, known);
    }
}
