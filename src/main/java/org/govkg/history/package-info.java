/**
 * How a leadership group changed over time. Each notice that states a group's composition (who
 * leads it, its member units, its office, its working groups) gets a dated change event in the
 * notice's own graph ({@link org.govkg.history.CompositionStatements}); the group's history, its
 * composition on a date and what each notice changed are read back from those events
 * ({@link org.govkg.history.GroupHistory}).
 */
package org.govkg.history;
