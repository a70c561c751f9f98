/**
 * People where the genre names them: the addressee line of a reply (某某委员：) and the contact line; people in rosters are found with the group notice's roster (see the group package).
 */
package org.govkg.extract.person;
