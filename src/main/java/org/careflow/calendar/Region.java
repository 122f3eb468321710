package org.careflow.calendar;

/**
 * A bank-holiday region: its division name in GOV.UK's {@code bank-holidays.json}, and its
 * subdivision in jollyday's United Kingdom rules.
 */
public enum Region {

    ENGLAND_AND_WALES("england-and-wales", "eng"),
    SCOTLAND("scotland", "sct"),
    NORTHERN_IRELAND("northern-ireland", "nir");

    private final String division;
    private final String rulesSubdivision;

    Region(String division, String rulesSubdivision) {
        this.division = division;
        this.rulesSubdivision = rulesSubdivision;
    }

    String division() {
        return division;
    }

    String rulesSubdivision() {
        return rulesSubdivision;
    }
}
