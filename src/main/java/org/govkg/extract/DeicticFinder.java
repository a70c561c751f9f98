package org.govkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.resolve.Gazetteer;

/**
 * Words that point at the document's own issuer or place: 我局, 本委, 我中心 are the publisher;
 * 我市, 本区, 我州 the jurisdiction (or the division above it, for 我省 in a city's document).
 */
final class DeicticFinder implements MentionFinder {
    private static final Pattern SELF = Pattern.compile("(?:我|本)(?<kind>局|委|办|厅|中心|室|市|州|县|区|省)(?![\\u4e00-\\u9fff]{0,1}(?:级|内|外|场))");
    private final Gazetteer gazetteer;

    DeicticFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void find(ExtractionContext cx) {
        Matcher m = SELF.matcher(cx.text);
        while (m.find()) {
            String kind = m.group("kind");
            if ("省州市县区".contains(kind))
                place(cx, kind.charAt(0), m.start(), m.end());
            else if (cx.metadata.publisher() != null && cx.metadata.publisher().endsWith(kind))
                cx.mention(EntityType.ORGANIZATION, cx.metadata.publisher(), m.start(), m.end(),
                    "self-reference: " + m.group() + " is the publisher");
        }
    }

    private void place(ExtractionContext cx, char level, int start, int end) {
        String region = cx.jurisdiction;
        if (region == null)
            return;
        String place = region.charAt(region.length() - 1) == level ? region : gazetteer.ancestorEndingWith(region, level);
        if (place != null)
            cx.mention(EntityType.REGION, place, start, end, "self-reference: " + cx.text.substring(start, end) + " is " + place);
    }
}
