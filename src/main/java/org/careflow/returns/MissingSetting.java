package org.careflow.returns;

/** A return that cannot be produced until the authority has set it up: the setting named is not set. */
class MissingSetting extends RuntimeException {

    MissingSetting(String setting, String why) {
        super(why + ": set " + setting);
    }
}
