package com.salesos.workflow.embedded;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Brings the instances a command touches into its unit of work, once each (their root is already locked). */
@Component
class Loader {

    private final Store store;
    private final JdbcTemplate jdbc;

    Loader(Store store, JdbcTemplate jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** Locks the root of an instance's tree, then loads the instance; null when there is no such instance. */
    Instance lockAndLoad(Run run, long processInstanceKey) {
        Long root = store.rootOf(processInstanceKey);
        if (root == null || !store.lockRoot(root)) {
            return null;
        }
        return instance(run, processInstanceKey);
    }

    Instance instance(Run run, long key) {
        Instance pi = run.instances.get(key);
        if (pi == null) {
            pi = store.load(key);
            if (pi != null) {
                run.instances.put(key, pi);
            }
        }
        return pi;
    }

    /** The active instances started by a call activity's element instance. */
    List<Instance> calledBy(Run run, long elementInstanceKey) {
        List<Instance> out = new ArrayList<>();
        for (Instance pi : run.instances.values()) {
            if (pi.parentElementInstanceKey != null && pi.parentElementInstanceKey == elementInstanceKey
                    && pi.isActive()) {
                out.add(pi);
            }
        }
        for (Long key : jdbc.queryForList("select key from wf_process_instance where parent_element_instance_key = ?"
                + " and state = 'ACTIVE'", Long.class, elementInstanceKey)) {
            Instance pi = instance(run, key);
            if (pi != null && !out.contains(pi) && pi.isActive()) {
                out.add(pi);
            }
        }
        return out;
    }
}
