package org.govkg.extract.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the header, title line, addressee line and signature block say about the document.
 * Any field may be null when the document does not say it.
 *
 * @param publisher  issuing body (发布机构, or the signature's body)
 * @param addressees names on the addressee line
 */
public record DocumentMetadata(String title, String category, String publisher, LocalDate issued,
                               String documentNumber, String indexNumber, LocalDate signedDate,
                               String contact, List<String> addressees, int bodyStart) {}
