package com.salesos.workflow;

import java.util.Set;

/**
 * Contributes task candidate groups of a person beyond their role names, e.g. {@code team:<id>} or
 * {@code territory:<code>}; implemented by features that know such groups (reps).
 */
public interface CandidateGroupsProvider {

    Set<String> groupsOf(String username);
}
