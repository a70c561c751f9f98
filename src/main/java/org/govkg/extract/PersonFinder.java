package org.govkg.extract;

/**
 * Finds named people where the genre puts them: the addressee line of a reply
 * ({@code 某某、某某委员:}) and the contact line ({@code 联系人:某某}). Every later occurrence of
 * those names in the text is a mention too.
 */
final class PersonFinder implements MentionFinder {
    private static final java.util.regex.Pattern BODY_END = java.util.regex.Pattern.compile("[委府局厅办院会部处室司组]$");

    @Override
    public void find(ExtractionContext cx) {
        DocumentMetadata meta = cx.metadata;
        for (String name : meta.addressees())
            mentionAll(cx, name);
        if (meta.contact() != null)
            mentionAll(cx, meta.contact());
    }

    private static void mentionAll(ExtractionContext cx, String name) {
        if (name.length() < 2 || name.length() > 4 || BODY_END.matcher(name).find())
            return; // longer addressees, or 市委 and 市政府, are bodies, not people
        for (int i = cx.text.indexOf(name); i >= 0; i = cx.text.indexOf(name, i + name.length()))
            cx.mention(EntityType.PERSON, name, i, i + name.length());
    }
}
