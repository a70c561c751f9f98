package org.govkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.resolve.AbbreviationTable;

/**
 * Lists of posts name departments by their stem only: {@code 发展改革、工业和信息化、教育体育主要领导为副主任}
 * names the jurisdiction's 发展和改革委员会, 工业和信息化局 and 教育体育局. Each stem the abbreviation table
 * knows, or an item that is itself a body's name (数据发展中心), becomes a body of the jurisdiction.
 */
final class DepartmentListFinder implements MentionFinder {
    private static final Pattern LIST = Pattern.compile(
        "(?:^|(?<=[,，;；。:：\\n]))(?<list>[\\u4e00-\\u9fff]{2,12}(?:、[\\u4e00-\\u9fff]{2,12}){1,30})(?:等)?(?:单位|部门)?"
        + "(?:主要领导|主要负责同志|分管负责同志|分管领导|负责同志)(?:为|任)", Pattern.MULTILINE);
    private static final Pattern BODY_SUFFIX = Pattern.compile("(?:中心|局|委员会|委|办公室|办)$");
    private final AbbreviationTable abbreviations;

    DepartmentListFinder(AbbreviationTable abbreviations) {
        this.abbreviations = abbreviations;
    }

    @Override
    public void find(ExtractionContext cx) {
        if (cx.jurisdiction == null)
            return;
        for (Sentence s : cx.sentences) {
            if (!s.text().contains("负责同志") && !s.text().contains("领导"))
                continue;
            Matcher m = LIST.matcher(cx.text).region(s.start(), s.end()).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find())
                items(cx, m.group("list"), m.start("list"));
        }
    }

    private void items(ExtractionContext cx, String list, int offset) {
        int at = offset;
        for (String item : list.split("、")) {
            String full = BODY_SUFFIX.matcher(item).find() ? item : abbreviations.fullFormOfStem(item);
            if (full != null && cx.startingAt(EntityType.ORGANIZATION, at) == null)
                cx.mention(EntityType.ORGANIZATION, cx.jurisdiction + full, at, at + item.length(),
                    "department stem: " + item + " → " + cx.jurisdiction + full + " (a list of posts)");
            at += item.length() + 1;
        }
    }
}
