package org.careflow.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** {@code careflow.referral.*}: how an authority runs its front door (local policy). */
@Component("referralPolicy")
@ConfigurationProperties("careflow.referral")
public class ReferralPolicy {

    /** Whether a team manager must agree each referral decision before it stands. */
    private boolean managerAgreement = true;

    public boolean isManagerAgreement() {
        return managerAgreement;
    }

    public void setManagerAgreement(boolean managerAgreement) {
        this.managerAgreement = managerAgreement;
    }
}
