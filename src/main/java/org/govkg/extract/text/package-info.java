/**
 * The text phase: the normalised form rules match against (traditional to simplified characters and full-width to ASCII, one character for one so offsets stay shared) and the split into sentences.
 */
package org.govkg.extract.text;
