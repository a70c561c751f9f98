/**
 * Projects: quoted names that end like a project (“…平台”), enumerations (重点实施A、B、C等项目), names after a verb of building, smart-city names, names opening with the document's places, phases and parts (二期, 分站); and who builds, leads or shares them (由A牵头建设, 由A与B共同推进).
 */
package org.govkg.extract.project;
