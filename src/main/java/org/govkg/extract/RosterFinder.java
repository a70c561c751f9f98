package org.govkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the roster of a leadership-group notice, one member a line:
 * <pre>
 * 组　长：某某某　市人民政府市长
 * 副组长：某　某　市人民政府常务副市长
 * 成　员：某某某　市财政局局长
 * </pre>
 * Lines indented under a role continue it. Each entry gives a person, the post title they hold,
 * the body they come from (a member unit of the group), and for 组长/副组长 the group's posts.
 */
final class RosterFinder implements MentionFinder {
    private static final String GAP = "[\\s\u3000]";
    private static final Pattern ROLE_LINE = Pattern.compile(
        "^" + GAP + "*(?<role>第一组" + GAP + "*长|常务副组" + GAP + "*长|副组" + GAP + "*长|组" + GAP + "*长|成" + GAP + "*员)" + GAP + "*[:：]");
    private static final Pattern ENTRY = Pattern.compile(
        "^" + GAP + "*(?<name>\\p{IsHan}(?:" + GAP + "?\\p{IsHan}){1,2})" + GAP + "+(?<affiliation>\\S.*?)" + GAP + "*$");

    private static final Pattern UNIT_TAIL = Pattern.compile("(?:分管|主要|相关)?负责同志$|(?:主要|分管)?领导$");
    private static final Pattern TITLE = Pattern.compile("^" + GAP + "*(?<title>\\p{IsHan}{2,16}(?:长|主任|书记|委员|秘书长))" + GAP + "*$");

    @Override
    public void find(ExtractionContext cx) {
        String role = null;
        int lineStart = 0;
        for (String line : cx.text.split("\n", -1)) {
            Matcher r = ROLE_LINE.matcher(line);
            if (r.find()) {
                role = r.group("role").replaceAll(GAP, "");
                entry(cx, role, line.substring(r.end()), lineStart + r.end());
            } else if (role != null && !line.isBlank() && Character.isWhitespace(line.codePointAt(0)) || role != null && line.startsWith("\u3000")) {
                entry(cx, role, line, lineStart);
            } else {
                role = null;
            }
            lineStart += line.length() + 1;
        }
    }

    private static void entry(ExtractionContext cx, String role, String text, int offset) {
        Matcher e = ENTRY.matcher(text);
        if (role.equals("成员") && (text.contains("、") || !e.matches())) {
            unitList(cx, text, offset);
            return;
        }
        if (!e.matches()) {
            bareTitle(cx, role, text, offset);
            return;
        }
        int nameStart = offset + e.start("name");
        Mention person = cx.mention(EntityType.PERSON, e.group("name").replaceAll(GAP, ""), nameStart, offset + e.end("name"));
        int affStart = offset + e.start("affiliation");
        cx.pendingRoster.add(new ExtractionContext.RosterEntry(person, role, affStart, offset + e.end("affiliation")));
    }

    /** {@code 成　员：A局、B委分管负责同志，C公司相关负责同志。}: every item is a member unit. */
    private static void unitList(ExtractionContext cx, String text, int offset) {
        Mention group = cx.lastGroupBefore(offset);
        if (group == null)
            return;
        int at = 0;
        for (String item : text.split("[、，,。；;]")) {
            int lead = item.length() - item.stripLeading().length();
            String name = UNIT_TAIL.matcher(item.strip()).replaceFirst("");
            int start = offset + at + lead;
            at += item.length() + 1;
            if (name.length() >= 2)
                cx.pendingUnits.add(new ExtractionContext.PendingUnit(group.entity(), Relation.MEMBER_UNIT, name, start));
        }
    }

    /** A line with a title but no name (区政府办公室主任): whoever holds that office fills the post. */
    private static void bareTitle(ExtractionContext cx, String role, String text, int offset) {
        Matcher t = TITLE.matcher(text);
        Mention group = cx.lastGroupBefore(offset);
        if (!t.matches() || group == null || role.equals("成员"))
            return;
        PostFact.Kind kind = role.contains("副") ? PostFact.Kind.DEPUTY_LEADER : PostFact.Kind.LEADER;
        cx.posts.add(new PostFact(group.entity(), kind, role, t.group("title"), offset + t.start("title"), offset + t.end("title")));
    }
}
