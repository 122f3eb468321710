package org.careflow.lookedafter;

/**
 * Where a looked-after child lives, in the SSDA903's terms.
 *
 * @param type          the placement type (PLACE)
 * @param provider      who provides it (PLACE_PROVIDER)
 * @param postcode      the placement's postcode (PL_POST)
 * @param urn           Ofsted's unique reference number of the provider, where it has one (URN)
 * @param longTerm      whether it is intended to last until the child is 18 (visits every 3 months after its first year)
 * @param reasonChanged why the child moved to it (REASON_PLACE_CHANGE); none for the first placement
 */
record Placement(String type, String provider, String postcode, String urn, boolean longTerm, String reasonChanged) {
}
