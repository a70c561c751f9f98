/**
 * The parts around a document's body: the metadata block government sites print (索引号, 发布机构, 文号 …, one list of keys shared with the web-page reader), the title and issuer lines, the addressee line of a reply, the signature block and the contact line.
 */
package org.govkg.extract.header;
