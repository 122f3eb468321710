package org.careflow.codes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the code lists are read from.
 *
 * @param location the code lists file: the one shipped with CareFlow, or an authority's own copy
 *                 ({@code file:/etc/careflow/codes.yaml}) when DfE's lists change before CareFlow's do
 */
@ConfigurationProperties("careflow.codes")
public record CodesProperties(@DefaultValue("classpath:codes/codes.yaml") Resource location) {
}
