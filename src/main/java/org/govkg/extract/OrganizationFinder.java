package org.govkg.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds government bodies by their shape: a region prefix (云南省, 红河州, or a bare 省/州/市/县 that
 * the document's jurisdiction completes), a department core, and a body suffix (局, 委, 人民政府 …);
 * national bodies that need no prefix; companies and academic bodies by their suffix. Names of
 * full regions inside them are recorded as Region mentions with a jurisdiction link.
 */
final class OrganizationFinder implements MentionFinder {
    /** A region name never contains a body's name: 省政府和州 is two bodies joined by 和, not a region. */
    /** Last characters of place words: a body's name holds one before its suffix. */
    private static final String PLACE_WORD_CHARS = "国家省州市县区旗盟";
    private static final String STOP_IN_REGION = "的了由在与及对为将把被从是并或等且即其该各本我贵向到以";
    private static final Pattern BODY_IN_REGION = Pattern.compile("政府|委|局|厅|办|公司|集团|智慧|数字|智能|型|和|[" + STOP_IN_REGION + "]");
    /** A branch named after its company: 某某有限责任公司某地供电局, 某某公司某地分公司. */
    private static final Pattern BRANCH = Pattern.compile("\\p{IsHan}{2,6}?(?:分公司|供电局|供电公司|分行|支行|分院|分中心|园区|校区|分校)");
    /** 某某产业数据中心, 某某云计算中心: a facility that is built, not a body. */
    private static final Pattern FACILITY_CORE = Pattern.compile("产业|云计算|算力|超算|灾备|备份|计算");
    /** 某某集团 is often the front of 某某集团有限公司. */
    private static final Pattern LEGAL_FORM = Pattern.compile("股份有限公司|有限责任公司|有限公司|股份公司");
    private static final Set<String> BARE_REGIONS = Set.of("国家", "省", "自治区", "州", "市", "县", "区");
    private final Pattern body;
    private static final Pattern SUB_UNIT = Pattern.compile("[\u4e00-\u9fff]{0,8}?(?:督查室|处|科|人事代表工作委员会|工作委员会)");
    /** 处置, 处理, 科技: the 处 or 科 ends no unit when these follow. */
    private static final String NOT_A_UNIT_END = "置理罚分技学长";
    private final Pattern partyDepartment;
    private final WordFinder bodySuffix;
    private final WordFinder departmentSuffix;
    private final WordFinder national;
    private final WordFinder company;
    private final Pattern postAfter;
    private final List<String> generic;
    private final List<String> collective;
    private final NameTrimmer trimmer;
    private final NameTrimmer companyTrimmer;

    OrganizationFinder(Lexicon lex) {
        // A single range is the cheapest class for the regex engine; stop characters inside a match
        // are dealt with after it (trimmed, plausible), which is far faster than excluding them here.
        String han = "[\u4e00-\u9fff]";
        // 和 joins two bodies far more often than it starts a place name (省政府和州委)
        String place = han;
        // Bare prefixes first: at 州市场监管局 the body is 州 + 市场监管局, not a place called 州市.
        String region = "(?:国家|省|自治区|州|市|县|区|" + place + "{1,4}?" + lex.alternation("region.suffix.short")
            + "|" + place + "{1,9}?" + lex.alternation("region.suffix.long") + ")";
        // Cheap look-aheads first: a body needs a place word soon and a body suffix within reach,
        // which rules out most positions before the costly alternations are tried.
        bodySuffix = new WordFinder(lex.list("org.suffix"), "");
        departmentSuffix = new WordFinder(List.of("工委", "委员会办公室", "委员会", "委", "办公室", "办", "部"), "");
        body = Pattern.compile("(?<prefix>中共|中国共产党)?(?<region>" + region + ")(?<core>" + han + "{0,12}?)(?<suffix>"
            + lex.alternation("org.suffix") + ")");
        national = new WordFinder(lex.list("org.national"), "");
        partyDepartment = Pattern.compile("(?:中共|中国共产党)?(?<committee>" + region + "委)(?<dept>" + han
            + "{1,10}?(?:工委|委员会办公室|委员会|委|办公室|办|部))");
        List<String> companySuffixes = new java.util.ArrayList<>(lex.list("org.company.suffix"));
        companySuffixes.addAll(lex.list("org.academic.suffix"));
        company = new WordFinder(companySuffixes, "");
        postAfter = Pattern.compile(lex.alternation("org.post.after"));
        generic = lex.list("generic");
        collective = lex.list("region.collective");
        trimmer = new NameTrimmer(lex.raw("stop.chars"), lex.list("cut.words"), lex.list("keep.words"));
        // 为 opens clauses (为加快…) but also ends company names (华为)
        companyTrimmer = new NameTrimmer(lex.raw("stop.chars").replace("为", ""), lex.list("cut.words"));
    }

    @Override
    public void find(ExtractionContext cx) {
        findPartyDepartments(cx);
        findBodies(cx);
        findSubUnits(cx);
        findNational(cx);
        findCompanies(cx);
    }

    private void findBodies(ExtractionContext cx) {
        anchored(body, bodySuffix, cx.text, m -> acceptBody(cx, m));
    }

    /** Records the body if the match is one; true when done with this suffix, false to try a later start. */
    private boolean acceptBody(ExtractionContext cx, Matcher m) {
        Matcher name = trimmed(m);
        if (name == null || isPostTitle(cx.text, m.end()) || isGeneric(name.group()))
            return true;
        if (!plausible(name)) // 和省委: a later start may hold the body; 型智慧城市…: none will
            return !containsAny(name.group("region"), STOP_IN_REGION + "和");
        int offset = m.end() - name.group().length();
        if (enumeratedAfterGe(cx.text, offset))
            return true; // 各县、区人民政府: nothing shorter is a body either
        if (name.group("suffix").equals("中心") && FACILITY_CORE.matcher(name.group("core")).find()) {
            cx.mention(EntityType.PROJECT, name.group(), offset, m.end());
            return true;
        }
        Mention body = cx.mention(EntityType.ORGANIZATION, name.group(), offset, m.end());
        recordRegion(cx, body, name, offset);
        return true;
    }

    /**
     * Departments of a party committee are named after it without a break: 市委网信办, 区委政法委,
     * 市委社会建设工委, 中共某市委全面深化改革委员会.
     */
    private void findPartyDepartments(ExtractionContext cx) {
        anchored(partyDepartment, departmentSuffix, cx.text, m -> {
            int start = m.start() + trimmer.nameStart(m.group(), m.start("dept") - m.start());
            boolean clean = !containsAny(m.group("dept"), STOP_IN_REGION) && !containsAny(m.group("committee"), STOP_IN_REGION + "和");
            if (!clean || isPostTitle(cx.text, m.end()))
                return false;
            if (!enumeratedAfterGe(cx.text, start))
                cx.mention(EntityType.ORGANIZATION, cx.text.substring(start, m.end()), start, m.end());
            return true;
        });
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++)
            if (chars.indexOf(s.charAt(i)) >= 0)
                return true;
        return false;
    }

    /** A division written right after its body: 市经信局数字经济处, 市政府督查室. */
    private void findSubUnits(ExtractionContext cx) {
        for (Mention body : java.util.List.copyOf(cx.mentions())) {
            if (body.entity().type() != EntityType.ORGANIZATION)
                continue;
            Matcher u = SUB_UNIT.matcher(cx.text).region(body.end(), cx.text.length());
            if (u.lookingAt() && !containsAny(u.group(), "的和与及") && (u.end() >= cx.text.length() || NOT_A_UNIT_END.indexOf(cx.text.charAt(u.end())) < 0)) {
                Mention unit = cx.mention(EntityType.ORGANIZATION, body.entity().name() + u.group(), body.start(), u.end());
                cx.link(unit.entity(), Relation.SUB_ORGANIZATION_OF, body.entity(), body.start(), u.end());
            }
        }
    }

    /**
     * Candidate matches of {@code pattern} that end where {@code suffix} occurs, tried only in the
     * 26 characters before each suffix (instead of at every position of the text, which is what makes
     * extraction fast). For each suffix, {@code accept} sees the candidates from the leftmost start
     * on until it accepts one: 和省委 is refused, then 省委 is tried.
     */
    private static void anchored(Pattern pattern, WordFinder suffix, String text, java.util.function.Predicate<Matcher> accept) {
        int[] covered = {0};
        suffix.forEach(text, s -> {
            int e = s.end();
            int from = Math.max(covered[0], e - 26);
            if (!hasPlaceWord(text, from, s.start()))
                return; // every body named here opens with a place word (省, 市, 州 …)
            for (int start = from; start < e; ) {
                Matcher m = endingAt(pattern, text, start, e);
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

    private static boolean hasPlaceWord(String text, int from, int to) {
        for (int i = from; i < to; i++)
            if (PLACE_WORD_CHARS.indexOf(text.charAt(i)) >= 0)
                return true;
        return false;
    }

    private static Matcher endingAt(Pattern pattern, String text, int start, int end) {
        Matcher m = pattern.matcher(text).region(start, end).useTransparentBounds(true);
        while (m.find())
            if (m.end() == end)
                return m;
        return null;
    }

    /** The match without a clause verb in front (配合州发展改革委 is 州发展改革委), re-matched whole; null if nothing is left. */
    private Matcher trimmed(Matcher m) {
        String candidate = m.group();
        int start = trimmer.nameStart(candidate, m.start("suffix") - m.start());
        Matcher again = body.matcher(candidate.substring(start));
        return again.matches() ? again : null;
    }

    /**
     * Shape checks a regex cannot express: a region is neither a body (省政府和州) nor a collective
     * (各县市); a government's name has nothing between region and 政府 (数字政府 is a topic).
     */
    private boolean plausible(Matcher name) {
        String region = name.group("region");
        String suffix = name.group("suffix");
        boolean government = suffix.equals("政府") || suffix.equals("人民政府");
        String core = name.group("core");
        boolean collectivePrefix = core.length() <= 2 && !core.isEmpty() && collective.contains(region + core.charAt(0));
        // 市级治理中心 is "a city-level centre", not a body of a place called 市
        boolean levelAdjective = core.startsWith("级");
        return !BODY_IN_REGION.matcher(region).find() && !collective.contains(region) && !collectivePrefix && !levelAdjective
            && !(government && !core.isEmpty());
    }

    /** A full region name (not a bare 州) inside a body's name; a government or party committee governs it. */
    private void recordRegion(ExtractionContext cx, Mention body, Matcher m, int offset) {
        String region = m.group("region");
        if (BARE_REGIONS.contains(region))
            return;
        String suffix = m.group("suffix");
        boolean governs = m.group("core").isEmpty()
            && (suffix.equals("人民政府") || suffix.equals("政府") || suffix.equals("委") || suffix.equals("人大常委会"));
        cx.regionPrefixes.add(new ExtractionContext.RegionPrefix(body, offset + m.start("region"), offset + m.end("region"), governs));
    }

    private void findNational(ExtractionContext cx) {
        national.forEach(cx.text, m -> {
            if (!isPostTitle(cx.text, m.end()))
                cx.mention(EntityType.ORGANIZATION, m.group(), m.start(), m.end());
        });
    }

    /** Anchored on the suffix (公司, 大学 …): the name reaches back over up to 12 letters, then is trimmed. */
    private void findCompanies(ExtractionContext cx) {
        int[] last = {0};
        company.forEach(cx.text, m -> {
            int from = NameTrimmer.reachBack(cx.text, m.start(), last[0], 12, OrganizationFinder::isNameChar);
            last[0] = m.end();
            String candidate = cx.text.substring(from, m.end());
            int start = companyTrimmer.nameStart(candidate, m.start() - from);
            if (m.start() - (from + start) < 2)
                return;
            Matcher longer = LEGAL_FORM.matcher(cx.text).region(m.end(), cx.text.length());
            int end = longer.lookingAt() ? longer.end() : m.end();
            Matcher branch = BRANCH.matcher(cx.text).region(end, cx.text.length());
            end = branch.lookingAt() ? branch.end() : end;
            cx.mention(EntityType.ORGANIZATION, cx.text.substring(from + start, end), from + start, end);
            last[0] = end;
        });
    }

    private boolean isPostTitle(String text, int end) {
        Matcher after = postAfter.matcher(text).region(end, text.length());
        return after.lookingAt();
    }

    private static boolean isNameChar(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c < 128 && Character.isLetter(c));
    }

    /** {@code 各县、区人民政府}: a list under 各 names every body of a kind, not one body. */
    private static boolean enumeratedAfterGe(String text, int start) {
        for (int i = start - 1; i >= Math.max(0, start - 8); i--) {
            char c = text.charAt(i);
            if (c == '各')
                return true;
            if (c != '、' && c != '（' && c != '）' && c != '(' && c != ')' && !Character.isLetter(c) || c == '，')
                return false;
        }
        return false;
    }

    private boolean isGeneric(String name) {
        for (String g : generic)
            if (name.endsWith(g) || g.endsWith(name))
                return true;
        return false;
    }
}
