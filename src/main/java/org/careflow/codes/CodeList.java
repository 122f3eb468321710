package org.careflow.codes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One list of codes a return accepts for an item (the census' referral sources, say), in the order
 * the return's guide gives them, with the words a practitioner reads.
 *
 * @param id       how forms and the returns name the list ({@code referral-source})
 * @param name     the item, as people read it
 * @param codes    each code and its label, in order
 * @param multiple whether an item holds several codes (assessment factors, disabilities), written
 *                 separated by spaces
 * @param alone    codes that cannot be given with any other (the factor "21: no factors identified")
 * @param annexA   the answer Ofsted's Annex A template gives each code, where the list appears there
 */
public record CodeList(String id, String name, Map<String, String> codes, boolean multiple, Set<String> alone,
                       Map<String, String> annexA) {

    public CodeList {
        codes = new LinkedHashMap<>(codes);
        alone = Set.copyOf(alone);
        annexA = Map.copyOf(annexA);
    }

    /** The Annex A answer for a code: the template's own where the list gives it, else the code. */
    public String annexAnswer(String code) {
        return code == null ? "" : annexA.getOrDefault(code, code);
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    /** The label of a code, or the code itself when it is not in the list. */
    public String label(String code) {
        return codes.getOrDefault(code, code);
    }

    /** The codes an item holds: one, or for a list of several, each of them. */
    public List<String> codesIn(String value) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return multiple ? Arrays.asList(trimmed.split("[\\s,]+")) : List.of(trimmed);
    }

    /** Why a value does not hold for this list, or empty when it does. */
    public Optional<String> problemWith(String value) {
        List<String> given = codesIn(value);
        for (String code : given) {
            if (!contains(code)) {
                return Optional.of("'" + code + "' is not a code of " + name + " (" + String.join(", ", codes.keySet()) + ")");
            }
        }
        if (given.size() != Set.copyOf(given).size()) {
            return Optional.of(name + " gives a code twice: " + value);
        }
        if (given.size() > 1) {
            Optional<String> single = given.stream().filter(alone::contains).findFirst();
            if (single.isPresent()) {
                return Optional.of("'" + single.get() + "' (" + label(single.get()) + ") cannot be given with other codes of " + name);
            }
        }
        return Optional.empty();
    }
}
