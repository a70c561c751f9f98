package org.govkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds projects: quoted names that end like a project (“…大数据中心”, “…平台”), items of an
 * enumeration of projects ({@code 重点实施A、B、C等项目建设}), and names with a project suffix
 * that follow a verb of building ({@code 建立云安全资源池}).
 */
final class ProjectFinder implements MentionFinder {
    private static final WordFinder ENUMERATION = new WordFinder(List.of("实施", "推进", "建设", "打造", "推动", "谋划"),
        "(?<list>[^。；;，,：:]{5,400}?)等?(?:重大|重点)?(?:项目|工程)(?:建设|落地)?");
    private static final String PLACE_NAMED_SUFFIX = "(?:政务云平台|平台|系统|城市大脑|大脑|计算中心|分站|站点|频道|工程|产业园|专区|先行区|示范区|[一二三四]期项目)";
    private static final Pattern SMART = Pattern.compile("(?<!人工)(?:智慧|数字|智能)[\u4e00-\u9fff]{1,8}?(?<suffix>平台|系统|指挥大厅|工程)");
    private static final Pattern PHASE = Pattern.compile("[一二三四]期(?:项目)?");
    private static final Pattern VERB_INSIDE = Pattern.compile("建设|打造|推进|实施|开展|加快|推动");
    private static final Pattern PART = Pattern.compile("[\u4e00-\u9fff]{0,6}?(?:分站|区级节点|节点|指挥大厅|[一二三四]期项目|[一二三四]期)");
    /** 以数据资源中心为核心: the thing is a frame of the sentence, not a named project. */
    private static final Pattern FRAMED = Pattern.compile("为(?:核心|重点|依托|牵引|主|抓手|支撑)");
    private static final Pattern COUNTED = Pattern.compile("\\d+\\s*[个家项台]");
    private final WordFinder standard;
    private final Pattern quoted;
    private final WordFinder built;
    private final NameTrimmer trimmer;
    private final Pattern genericStart;

    ProjectFinder(Lexicon lex) {
        String suffix = lex.alternation("project.suffix");
        quoted = Pattern.compile("[“\"]([^“”\"\\n]{2,40}?" + suffix + ")[”\"]");
        standard = new WordFinder(lex.list("project.standard"), "");
        built = new WordFinder(List.of("建设", "建成", "建立", "打造", "搭建", "构建", "共建", "依托", "接入", "启动", "推进"),
            "(?:一批|统一)?(?<name>[\u4e00-\u9fffA-Za-z0-9+]{2,24}" + suffix + ")");
        trimmer = new NameTrimmer(lex.raw("stop.chars"), lex.list("cut.words"), lex.list("keep.words"));
        genericStart = Pattern.compile(lex.alternation("project.generic.start"));
    }

    /** Names that open with one of the document's places and end like a built thing: 某某市政务云平台, 某某城市大脑. */
    private static void placeNamed(ExtractionContext cx) {
        java.util.Set<String> places = new java.util.LinkedHashSet<>();
        for (ExtractionContext.RegionPrefix p : cx.regionPrefixes) {
            String r = cx.text.substring(p.start(), p.end());
            places.add(r);
            if (r.length() >= 3)
                places.add(r.substring(0, r.length() - 1));
        }
        if (places.isEmpty())
            return;
        Matcher m = Pattern.compile(Lexicon.alternation(List.copyOf(places)) + "[\\u4e00-\\u9fffA-Za-z0-9“”+]{1,16}?"
            + PLACE_NAMED_SUFFIX).matcher(cx.text);
        while (m.find())
            if (!COUNTED.matcher(m.group()).find() && !VERB_INSIDE.matcher(m.group()).find())
                cx.mention(EntityType.PROJECT, m.group(), m.start(), m.end());
    }

    @Override
    public void find(ExtractionContext cx) {
        placeNamed(cx);
        standard.forEach(cx.text, st -> cx.mention(EntityType.PROJECT, st.group(), st.start(), st.end()));
        Matcher q = quoted.matcher(cx.text);
        while (q.find())
            cx.mention(EntityType.PROJECT, q.group(1), q.start(1), q.end(1));
        built.forEach(cx.text, b -> {
            int start = b.start("name") + trimmer.nameStart(b.group("name"), b.group("name").length());
            if (b.end("name") - start >= 5 && !hasAny(cx.text.substring(start, b.end("name")), "和与及等的"))
                add(cx, start, b.end("name"));
        });
        Matcher s = SMART.matcher(cx.text);
        while (s.find()) {
            int start = s.start() + trimmer.nameStart(s.group(), s.start("suffix") - s.start());
            if (!hasAny(s.group(), "的和与及等"))
                add(cx, start, s.end());
        }
        if (cx.text.contains("项目") || cx.text.contains("工程"))
            ENUMERATION.forEach(cx.text, e -> {
                if (e.group("list").contains("、"))
                    enumeration(cx, e.group("list"), e.start("list"));
            });
        extendToParts(cx);
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++)
            if (chars.indexOf(s.charAt(i)) >= 0)
                return true;
        return false;
    }

    /** Adds a project unless its name counts things, names many, or is the 以X为核心 of a sentence. */
    private void add(ExtractionContext cx, int start, int end) {
        String name = cx.text.substring(start, end);
        boolean halfOfPair = start > 0 && "与和及".indexOf(cx.text.charAt(start - 1)) >= 0;
        if (name.length() < 3 || halfOfPair || COUNTED.matcher(name).find() || genericStart.matcher(name).lookingAt()
            || FRAMED.matcher(cx.text).region(end, cx.text.length()).lookingAt())
            return;
        cx.mention(EntityType.PROJECT, name, start, end);
    }

    /** 某平台宜宾分站, 某中心指挥大厅, 某系统二期: a part of a project written straight after it is the project meant. */
    private static void extendToParts(ExtractionContext cx) {
        for (Mention m : java.util.List.copyOf(cx.mentions())) {
            if (m.entity().type() != EntityType.PROJECT)
                continue;
            Matcher part = PART.matcher(cx.text).region(m.end(), cx.text.length());
            if (!part.lookingAt() || hasAny(part.group(), "的和与及"))
                continue;
            // a phase (二期) is the project itself; a part (分站, 节点) is a project of its own
            boolean phase = PHASE.matcher(part.group()).matches();
            cx.mention(EntityType.PROJECT, phase ? m.entity().name() : m.entity().name() + part.group(), m.start(), part.end());
        }
    }

    private void enumeration(ExtractionContext cx, String list, int offset) {
        int at = 0;
        for (String item : list.split("、")) {
            int start = at + trimmer.nameStart(item, item.length());
            at += item.length() + 1;
            String name = cx.text.substring(offset + start, offset + at - 1);
            int lead = leadingQuote(name);
            String clean = name.replaceAll("[“”\"]", "").replaceAll("等$", "").replaceAll("(项目)?建设$", "");
            if (clean.length() >= 2)
                cx.mention(EntityType.PROJECT, clean, offset + start + lead, offset + start + lead + clean.length());
        }
    }

    private static int leadingQuote(String name) {
        return name.startsWith("“") || name.startsWith("\"") ? 1 : 0;
    }
}
