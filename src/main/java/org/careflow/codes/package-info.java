/**
 * The code lists of the statutory returns (DfE's Children in Need census, Ofsted's Annex A, the
 * SSDA903 return), in one file a returns lead keeps up to date without Java
 * ({@code codes/codes.yaml}, or the file {@code careflow.codes.location} names). The forms take their
 * options from it when they are deployed, the server refuses a code that is not in it, and the
 * returns write its codes and labels.
 */
@ApplicationModule(displayName = "Code lists", allowedDependencies = {})
package org.careflow.codes;

import org.springframework.modulith.ApplicationModule;
