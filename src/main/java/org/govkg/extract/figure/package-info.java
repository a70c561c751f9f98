/**
 * Quantities: a number with its unit and the noun it counts (基站2875个, 投资2.3亿元), attached to the project or group the paragraph is about.
 */
package org.govkg.extract.figure;
