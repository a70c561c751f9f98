package org.govkg.extract.body;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.lexicon.NameTrimmer;
import org.govkg.extract.lexicon.WordFinder;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.resolve.Gazetteer;
import org.govkg.vocab.EntityType;
import org.govkg.extract.model.DocumentMetadata;

/**
 * Finds government bodies by their shape: a region prefix (某某省, 某某州, or a bare 省/州/市/县 that
 * the document's jurisdiction completes), a department core, and a body suffix (局, 委, 人民政府 …);
 * national bodies that need no prefix; companies and academic bodies by their suffix. Names of
 * full regions inside them are recorded as Region mentions with a jurisdiction link.
 */
public final class OrganizationFinder implements MentionFinder {
    private final String placeWordChars;
    private final String stopInRegion;
    private final String conjunction;
    private final Pattern bodyInRegion;
    private final Pattern branch;
    private final Pattern facilityCore;
    private final Pattern legalForm;
    private final Set<String> bareRegions;
    private final Pattern body;
    private final Pattern subUnit;
    private final String notAUnitEnd;
    private final String subUnitStops;
    private final String unitHeadMark;
    private final String facilitySuffix;
    private final Set<String> governmentSuffixes;
    private final Set<String> governingSuffixes;
    private final String levelMark;
    private final String everyMark;
    private final org.govkg.extract.lexicon.CollectiveNames collectives;
    private final String enumerationChars;
    private final Pattern partyDepartment;
    private final WordFinder bodySuffix;
    private final WordFinder departmentSuffix;
    private final WordFinder national;
    private final WordFinder company;
    private final Pattern postAfter;
    private final List<String> postTitles;
    private final String nationalNotBefore;
    private final java.util.List<String> verbEndings;
    private final String officeMark;
    private final String officeWordChars;
    private final Pattern websiteAfter;
    private final List<String> generic;
    private final List<String> collective;
    private final NameTrimmer trimmer;
    private final NameTrimmer companyTrimmer;

    private final Gazetteer gazetteer;
    private final String placeholders;
    private final List<String> zoneSuffixes;

    public OrganizationFinder(Lexicon lex, Gazetteer gazetteer, org.govkg.resolve.AbbreviationTable abbreviations) {
        this.gazetteer = gazetteer;
        placeholders = lex.raw("body.placeholder.chars");
        zoneSuffixes = lex.list("body.zone.suffix");
        placeWordChars = lex.raw("body.place-word.chars");
        stopInRegion = lex.raw("body.stop-in-region.chars");
        conjunction = lex.raw("body.conjunction");
        bodyInRegion = lex.pattern("body.in-region");
        branch = lex.pattern("body.branch");
        facilityCore = lex.pattern("body.facility-core");
        legalForm = lex.pattern("body.legal-form");
        bareRegions = lex.set("body.bare-regions");
        subUnit = lex.pattern("body.sub-unit");
        notAUnitEnd = lex.raw("body.not-a-unit-end.chars");
        subUnitStops = lex.raw("body.sub-unit.stop.chars");
        unitHeadMark = lex.raw("body.sub-unit.head.mark");
        facilitySuffix = lex.raw("body.facility.suffix");
        governmentSuffixes = lex.set("body.government.suffix");
        governingSuffixes = lex.set("body.governing.suffix");
        levelMark = lex.raw("body.level.mark");
        everyMark = lex.raw("body.every.mark");
        collectives = new org.govkg.extract.lexicon.CollectiveNames(lex);
        enumerationChars = lex.raw("body.enumeration.chars");
        // Cheap look-aheads first: a body needs a place word soon and a body suffix within reach,
        // which rules out most positions before the costly alternations are tried.
        bodySuffix = new WordFinder(lex.list("org.suffix"), "");
        departmentSuffix = new WordFinder(lex.list("body.department.suffix"), "");
        body = lex.pattern("body.name");
        List<String> nationalBodies = new java.util.ArrayList<>(lex.list("org.national"));
        nationalBodies.addAll(abbreviations.nationalForms());
        national = new WordFinder(nationalBodies, "");
        nationalNotBefore = lex.raw("org.national.not-before.chars");
        partyDepartment = lex.pattern("body.party-department");
        List<String> companySuffixes = new java.util.ArrayList<>(lex.list("org.company.suffix"));
        companySuffixes.addAll(lex.list("org.academic.suffix"));
        company = new WordFinder(companySuffixes, "");
        postAfter = lex.pattern("body.post-after");
        postTitles = lex.list("org.post.after");
        verbEndings = lex.list("body.verb-endings");
        officeMark = lex.raw("body.office.mark");
        officeWordChars = lex.raw("body.office.word-chars");
        websiteAfter = lex.pattern("body.website-after");
        generic = lex.list("generic");
        collective = lex.list("region.collective");
        trimmer = new NameTrimmer(lex.raw("stop.chars"), lex.list("cut.words"), lex.list("keep.words"))
            .cuttingBeforePlaces(lex.list("cut.before-place.words"), placeWordChars);
        companyTrimmer = new NameTrimmer(lex.raw("company.stop.chars"), lex.list("cut.words"), lex.list("keep.words"));
    }

    @Override
    public void find(DocumentMetadata meta, Candidates.Builder found) {
        MentionSet cx = found.mentions();
        findPartyDepartments(cx);
        findBodies(cx, found);
        findSubUnits(cx);
        findNational(cx);
        findCompanies(cx);
    }

    private void findBodies(MentionSet cx, Candidates.Builder found) {
        anchored(body, bodySuffix, cx.text(), m -> acceptBody(cx, found, m));
    }

    /** Records the body if the match is one; true when done with this suffix, false to try a later start. */
    private boolean acceptBody(MentionSet cx, Candidates.Builder found, Matcher m) {
        Matcher name = trimmed(m);
        if (name == null || isPostTitle(cx.text(), m.end()) || isGeneric(name.group()) || endsInVerb(name.group())
            || officeInsideAWord(cx.text(), name.group(), m.end()))
            return true;
        if (joinsTwoLevels(name))
            return false; // 国家和省委: two bodies; a later start holds 省委
        if (!plausible(name)) // 和省委: a later start may hold the body; 型智慧城市…: none will
            return !containsAny(name.group("region"), stopInRegion + conjunction);
        int offset = m.end() - name.group().length();
        if (enumeratedAfterGe(cx.text(), offset))
            return true; // 各县、区人民政府: nothing shorter is a body either
        if (name.group("suffix").equals(facilitySuffix) && facilityCore.matcher(name.group("core")).find()) {
            cx.mention(EntityType.PROJECT, name.group(), offset, m.end());
            return true;
        }
        Mention body = cx.mention(EntityType.ORGANIZATION, name.group(), offset, m.end());
        recordRegion(found, body, name, offset);
        return true;
    }

    /**
     * Departments of a party committee are named after it without a break: 市委网信办, 区委政法委,
     * 市委社会建设工委, 中共某市委全面深化改革委员会.
     */
    private void findPartyDepartments(MentionSet cx) {
        anchored(partyDepartment, departmentSuffix, cx.text(), m -> {
            int start = m.start() + trimmer.nameStart(m.group(), m.start("dept") - m.start());
            boolean clean = !containsAny(m.group("dept"), stopInRegion) && !containsAny(m.group("committee"), stopInRegion + conjunction);
            if (!clean || isPostTitle(cx.text(), m.end()) || endsInVerb(m.group()))
                return false;
            if (postTitles.contains(m.group("dept")) || postTitles.contains(m.group("dept").substring(1)))
                return false; // 省委常委: a post on the committee
            if (!enumeratedAfterGe(cx.text(), start))
                cx.mention(EntityType.ORGANIZATION, cx.text().substring(start, m.end()), start, m.end());
            return true;
        });
    }

    /** 某某管理办法, 某某中心办理: 办 that goes on into a word (办法, 办理, 办事) is no office. */
    private boolean officeInsideAWord(String text, String name, int end) {
        return name.endsWith(officeMark) && end < text.length() && officeWordChars.indexOf(text.charAt(end)) >= 0;
    }

    /** 某校举办, 某局承办: a verb ending in 办 is no office (办) of a body. */
    private boolean endsInVerb(String name) {
        return verbEndings.stream().anyMatch(name::endsWith);
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++)
            if (chars.indexOf(s.charAt(i)) >= 0)
                return true;
        return false;
    }

    /** A division written right after its body: 市经信局数字经济处, 市政府督查室. */
    private void findSubUnits(MentionSet cx) {
        for (Mention body : java.util.List.copyOf(cx.mentions())) {
            if (body.entity().type() != EntityType.ORGANIZATION)
                continue;
            Matcher u = subUnit.matcher(cx.text()).region(body.end(), cx.text().length());
            if (u.lookingAt() && (!containsAny(u.group(), subUnitStops) || headFollows(cx.text(), u.group(), u.end()))
                    && (u.end() >= cx.text().length() || notAUnitEnd.indexOf(cx.text().charAt(u.end())) < 0)) {
                Mention unit = cx.mention(EntityType.ORGANIZATION, body.entity().name() + u.group(), body.start(), u.end());
                cx.link(unit.entity(), Relation.SUB_ORGANIZATION_OF, body.entity(), body.start(), u.end());
            }
        }
    }

    /** 某某和某某处处长: the division's head is named right after it, so the whole run is the division. */
    private boolean headFollows(String text, String unit, int end) {
        String post = unit.substring(unit.length() - 1) + unitHeadMark;
        return text.startsWith(post, end);
    }

    /**
     * Candidate matches of {@code pattern} that end where {@code suffix} occurs, tried only in the
     * 26 characters before each suffix (instead of at every position of the text, which is what makes
     * extraction fast). For each suffix, {@code accept} sees the candidates from the leftmost start
     * on until it accepts one: 和省委 is refused, then 省委 is tried.
     */
    private void anchored(Pattern pattern, WordFinder suffix, String text, java.util.function.Predicate<Matcher> accept) {
        int[] covered = {0};
        // one matcher for the whole scan: a new one per candidate start was the costliest part of extraction
        Matcher candidate = pattern.matcher(text).useTransparentBounds(true);
        suffix.forEach(text, s -> {
            int e = s.end();
            int from = Math.max(covered[0], e - 26);
            if (!hasPlaceWord(text, from, s.start()))
                return; // every body named here opens with a place word (省, 市, 州 …)
            for (int start = from; start < e; ) {
                Matcher m = endingAt(candidate, start, e);
                if (m == null)
                    break;
                if (accept.test(m)) {
                    covered[0] = e;
                    break;
                }
                start = m.start() + 1;
            }
        });
    }

    private boolean hasPlaceWord(String text, int from, int to) {
        for (int i = from; i < to; i++)
            if (placeWordChars.indexOf(text.charAt(i)) >= 0)
                return true;
        return false;
    }

    private static Matcher endingAt(Matcher m, int start, int end) {
        m.region(start, end);
        while (m.find())
            if (m.end() == end)
                return m;
        return null;
    }

    /**
     * The match without a clause verb in front (配合州发展改革委 is 州发展改革委), re-matched whole; null if
     * nothing is left. A region the gazetteer does not know is cut to its longest tail that is a known
     * division or a bare level (包括某某市… is 某某市…, 送市… is 市…): words glued before a place are no part of it.
     */
    private Matcher trimmed(Matcher m) {
        String candidate = m.group();
        int start = trimmer.nameStart(candidate, m.start("suffix") - m.start());
        Matcher again = body.matcher(candidate.substring(start));
        if (!again.matches())
            return null;
        int cut = unknownPlaceCut(again.group("region"));
        if (cut == 0)
            return again;
        Matcher shorter = body.matcher(candidate.substring(start + cut));
        return shorter.matches() ? shorter : again;
    }

    /** How many letters open the region before its longest known tail, or 0 to keep it as written. */
    private int unknownPlaceCut(String region) {
        if (bareRegions.contains(region) || gazetteer.find(region) != null || containsAny(region, placeholders)
            || bodyInRegion.matcher(region).find()) // an implausible region is refused whole (型智慧城市…)
            return 0;
        for (String zone : zoneSuffixes)
            if (region.endsWith(zone))
                return 0;
        for (int k = 1; k < region.length(); k++) {
            String tail = region.substring(k);
            if (gazetteer.find(tail) != null || bareRegions.contains(tail))
                return k;
        }
        return 0;
    }

    /**
     * Shape checks a regex cannot express: a region is neither a body (省政府和州) nor a collective
     * (各县市); a government's name has nothing between region and 政府 (数字政府 is a topic).
     */
    private boolean plausible(Matcher name) {
        String region = name.group("region");
        String suffix = name.group("suffix");
        boolean government = governmentSuffixes.contains(suffix);
        String core = name.group("core");
        boolean collectivePrefix = core.length() <= 2 && !core.isEmpty() && collective.contains(region + core.charAt(0));
        // 市级治理中心 is "a city-level centre", not a body of a place called 市
        boolean levelAdjective = core.startsWith(levelMark);
        return !bodyInRegion.matcher(region).find() && !collective.contains(region) && !collectivePrefix && !levelAdjective
            && !(government && !core.isEmpty());
    }

    /** A core that opens with 和 and a place word (国家和省委, 省和市委): levels joined, not one body's name. */
    private boolean joinsTwoLevels(Matcher name) {
        String core = name.group("core");
        return core.length() >= 2 && core.startsWith(conjunction) && placeWordChars.indexOf(core.charAt(1)) >= 0;
    }

    /** A full region name (not a bare 州) inside a body's name; a government or party committee governs it. */
    private void recordRegion(Candidates.Builder found, Mention body, Matcher m, int offset) {
        String region = m.group("region");
        // 新区分局: a zone's kind without its name is no place of its own
        if (bareRegions.contains(region) || zoneSuffixes.contains(region))
            return;
        String suffix = m.group("suffix");
        boolean governs = m.group("core").isEmpty()
            && governingSuffixes.contains(suffix);
        found.regionPrefix(new Notes.RegionPrefix(body, offset + m.start("region"), offset + m.end("region"), governs));
    }

    private void findNational(MentionSet cx) {
        national.forEach(cx.text(), m -> {
            boolean word = m.end() < cx.text().length() && nationalNotBefore.indexOf(cx.text().charAt(m.end())) >= 0;
            if (!isPostTitle(cx.text(), m.end()) && !word)
                cx.mention(EntityType.ORGANIZATION, m.group(), m.start(), m.end());
        });
    }

    /** Anchored on the suffix (公司, 大学 …): the name reaches back over up to 12 letters, then is trimmed. */
    private void findCompanies(MentionSet cx) {
        int[] last = {0};
        company.forEach(cx.text(), m -> {
            int from = NameTrimmer.reachBack(cx.text(), m.start(), last[0], 12, OrganizationFinder::isNameChar);
            last[0] = m.end();
            String candidate = cx.text().substring(from, m.end());
            int start = companyTrimmer.nameStart(candidate, m.start() - from);
            if (m.start() - (from + start) < 2)
                return;
            Matcher longer = legalForm.matcher(cx.text()).region(m.end(), cx.text().length());
            int end = longer.lookingAt() ? longer.end() : m.end();
            Matcher branched = branch.matcher(cx.text()).region(end, cx.text().length());
            end = branched.lookingAt() ? branched.end() : end;
            cx.mention(EntityType.ORGANIZATION, cx.text().substring(from + start, end), from + start, end);
            last[0] = end;
        });
    }

    /** Whether the name ending at {@code end} is part of a post title (省委书记) or a website's name (某省政府网). */
    private boolean isPostTitle(String text, int end) {
        return postAfter.matcher(text).region(end, text.length()).lookingAt()
            || websiteAfter.matcher(text).region(end, text.length()).lookingAt();
    }

    private static boolean isNameChar(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c < 128 && Character.isLetter(c));
    }

    /** {@code 各县、区人民政府}: a list under 各 names every body of a kind, not one body. */
    private boolean enumeratedAfterGe(String text, int start) {
        for (int i = start - 1; i >= Math.max(0, start - 8); i--) {
            char c = text.charAt(i);
            if (everyMark.indexOf(c) >= 0)
                return true;
            if (enumerationChars.indexOf(c) < 0 && !Character.isLetter(c))
                return false;
        }
        return false;
    }

    private boolean isGeneric(String name) {
        if (collectives.isCollective(name))
            return true;
        for (String g : generic)
            if (name.endsWith(g) || g.endsWith(name))
                return true;
        return false;
    }
}
