package org.govkg.ingest;

import java.util.regex.Pattern;

/**
 * Removes what a document's text may carry that no reader should get: terminal escape sequences
 * ({@code ESC[31m}), other control characters (tab and line breaks stay), and the bidirectional
 * overrides that make a name display as something else (U+202A–U+202E, U+2066–U+2069). Done when
 * a file is read, so the stored text, the offsets of mentions and every page agree.
 */
final class ControlCharacters {
    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B[@-_]");
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u202A-\\u202E\\u2066-\\u2069]");

    private ControlCharacters() {}

    static String strip(String text) {
        return CONTROLS.matcher(ESCAPES.matcher(text).replaceAll("")).replaceAll("");
    }
}
