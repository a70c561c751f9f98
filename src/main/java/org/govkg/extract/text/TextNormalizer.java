package org.govkg.extract.text;

import com.ibm.icu.text.Transliterator;

/**
 * The form of a document's text that the rules match against: traditional characters become
 * simplified (a traditional 委員會 is matched as 委员会) and full-width digits and Latin
 * letters become ASCII. Every character maps to exactly one, so offsets into the normalised text
 * are offsets into the original, which is what mentions and provenance quote.
 */
public final class TextNormalizer {
    private static final char[] MAP = buildMap();

    private TextNormalizer() {}

    public static String normalize(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char n = MAP[c];
            if (n != c) {
                if (out == null)
                    out = text.toCharArray();
                out[i] = n;
            }
        }
        return out == null ? text : new String(out);
    }

    /** One table for the whole BMP, filled once from ICU's Traditional-Simplified transliterator. */
    private static char[] buildMap() {
        char[] map = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++)
            map[c] = (char) c;
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            String s = toSimplified.transliterate(String.valueOf((char) c));
            if (s.length() == 1) // only one-for-one mappings keep offsets valid
                map[c] = s.charAt(0);
        }
        for (int c = 0xFF10; c <= 0xFF5A; c++)
            if (Character.isLetterOrDigit(c))
                map[c] = (char) (c - 0xFF10 + '0');
        return map;
    }
}
