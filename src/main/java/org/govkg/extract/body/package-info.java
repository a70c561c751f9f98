/**
 * Names of government bodies, party departments, companies and academic bodies by their shape (region prefix, department core, body suffix), divisions written after their body, the department stems of lists of posts, and the links between bodies: 所属/由…管理, 在A设立B, A与B合作.
 */
package org.govkg.extract.body;
