package org.govkg.ingest;

import java.util.regex.Pattern;

import org.govkg.extract.model.EntityRef;
import org.govkg.vocab.GKG;
import org.govkg.vocab.Hashes;

/**
 * Mints govkg's IRIs. They are derived from stable inputs only (a file name, an entity's type and
 * normalised name), so ingesting the same documents again, or in another order, gives the same IRIs.
 */
public final class Iris {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,80}");
    private static final Pattern IGNORED_IN_NAMES = Pattern.compile("[\\s“”\"《》〈〉「」'‘’]");

    private Iris() {}

    /** The document's IRI, which is also its named graph's: from the file name without extension. */
    public static String document(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String slug = SAFE_NAME.matcher(base).matches() ? base : "h" + hash(base, 16);
        return GKG.DOCUMENT_BASE + slug;
    }

    public static String entity(EntityRef ref) {
        return GKG.ENTITY_BASE + ref.type().segment() + "/" + hash(normalize(ref.name()), 16);
    }

    public static String post(String groupIri, String kind, String role, String title) {
        return GKG.ENTITY_BASE + "post/" + hash(groupIri + '|' + kind + '|' + role + '|' + title, 16);
    }

    /** The form of a name used to compare and key it: no quotes or spaces, ASCII parentheses. */
    public static String normalize(String name) {
        return IGNORED_IN_NAMES.matcher(name).replaceAll("").replace('（', '(').replace('）', ')');
    }

    public static String hash(String s, int hexChars) {
        return Hashes.sha256(s, hexChars);
    }
}
