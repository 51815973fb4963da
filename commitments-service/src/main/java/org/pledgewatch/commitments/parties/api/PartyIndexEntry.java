package org.pledgewatch.commitments.parties.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartyIndexEntry")
public record PartyIndexEntry(String code, long commitments, long agreements) {
}
