package org.govkg.extract.model;

import java.math.BigDecimal;

/**
 * A quantity the text states, e.g. {@code 5G基站2875个}: value 2875, unit 个, measures 5G基站.
 *
 * @param subject the entity it is about, or null when it is about the document as a whole
 */
public record Figure(EntityRef subject, BigDecimal value, String unit, String measures, int start, int end) {}
