package org.govkg.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities: a number with a unit and the noun it counts, on either side
 * ({@code 9178核vCPU}, {@code 5G基站2875个}, {@code 投资2.3亿元}). The subject is the nearest
 * project or group named before it in the same paragraph. The search is anchored on the digits.
 */
final class FigureFinder implements MentionFinder {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern UNIT = Pattern.compile("\\s*" + Lexicon.alternation(List.of(
        "亿元", "万元", "元", "核", "TB", "PB", "GB", "G", "个", "台", "家", "名", "人", "项", "条", "套", "座", "公里", "平方米", "亩", "%")));
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:新建|建成|建设|完成|实现|新增|累计|达到|提供|共|建)+");
    private static final String NOT_IN_MEASURE = "和与及的等、";

    @Override
    public void find(ExtractionContext cx) {
        Matcher n = NUMBER.matcher(cx.text);
        while (n.find()) {
            if (n.start() > 0 && (Character.isDigit(cx.text.charAt(n.start() - 1)) || cx.text.charAt(n.start() - 1) == '.'))
                continue;
            Matcher u = UNIT.matcher(cx.text).region(n.end(), cx.text.length());
            if (!u.lookingAt())
                continue;
            String unit = u.group().strip();
            // a lone digit before G is a network generation (5G), not gigabytes
            if (unit.equals("G") && n.group().length() < 2)
                continue;
            int beforeStart = wordBefore(cx.text, n.start());
            int afterEnd = wordAfter(cx.text, u.end());
            String before = LEADING_VERB.matcher(cx.text.substring(beforeStart, n.start()).strip()).replaceFirst("");
            String after = cx.text.substring(u.end(), afterEnd);
            String measures = !after.isEmpty() && !isCountNoun(unit) ? after : !before.isEmpty() ? before : after;
            cx.figures.add(new Figure(subject(cx, n.start()), new BigDecimal(n.group()), unit, measures, beforeStart, afterEnd));
        }
    }

    /** Up to six letters before the number (a space allowed right before it): the noun a count follows. */
    private static int wordBefore(String text, int at) {
        int i = at;
        if (i > 0 && text.charAt(i - 1) == ' ')
            i--;
        int limit = i - 6;
        while (i > 0 && i > limit && isWordChar(text.charAt(i - 1), true))
            i--;
        return i;
    }

    private static int wordAfter(String text, int at) {
        int i = at;
        while (i < text.length() && i < at + 6 && isWordChar(text.charAt(i), false) && NOT_IN_MEASURE.indexOf(text.charAt(i)) < 0)
            i++;
        return i;
    }

    private static boolean isWordChar(char c, boolean digits) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
            || (c < 128 && (Character.isLetter(c) || (digits && Character.isDigit(c))));
    }

    /** With 个/台/家 the counted noun usually comes first: 基站2875个, 云主机344台. */
    private static boolean isCountNoun(String unit) {
        return unit.equals("个") || unit.equals("台") || unit.equals("座") || unit.equals("套");
    }

    private static EntityRef subject(ExtractionContext cx, int offset) {
        int paragraph = Math.max(cx.text.lastIndexOf('\n', offset) + 1, offset - 300);
        Mention best = null;
        for (EntityType t : new EntityType[] {EntityType.PROJECT, EntityType.LEADERSHIP_GROUP})
            for (Mention m : cx.within(t, paragraph, offset))
                if (best == null || m.end() > best.end())
                    best = m;
        return best == null ? null : best.entity();
    }
}
