package com.salesos.workflow.zeebe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.salesos.workflow.ModelValidationException;

/**
 * Reads the cluster's deployment rejection ("'file.bpmn': - Element: task_x - ERROR: ...") into the port's problem
 * list, one problem per element error, so that sales ops see the same report as with the embedded engine.
 */
final class DeploymentProblems {

    private static final Pattern RESOURCE = Pattern.compile("^'([^']+)':\\s*(.*)$");
    private static final Pattern ELEMENT = Pattern.compile("^-\\s*Element:\\s*(\\S+)\\s*$");
    private static final Pattern ERROR = Pattern.compile("^-\\s*ERROR:\\s*(.+)$");

    private DeploymentProblems() {
    }

    static ModelValidationException of(String message, String fallbackResource) {
        List<ModelValidationException.Problem> problems = new ArrayList<>();
        String resource = fallbackResource;
        String element = null;
        for (String raw : message.split("\\R")) {
            String line = raw.trim();
            Matcher m;
            if ((m = RESOURCE.matcher(line)).matches()) {
                resource = m.group(1);
                element = null;
                line = m.group(2).trim();
                if (!line.isEmpty() && !ELEMENT.matcher(line).matches() && !ERROR.matcher(line).matches()) {
                    problems.add(new ModelValidationException.Problem(resource, null, null, line));
                    continue;
                }
            }
            if ((m = ELEMENT.matcher(line)).matches()) {
                element = m.group(1);
            } else if ((m = ERROR.matcher(line)).matches()) {
                problems.add(new ModelValidationException.Problem(resource, element, null, m.group(1)));
            }
        }
        if (problems.isEmpty()) {
            problems.add(new ModelValidationException.Problem(fallbackResource, null, null, message));
        }
        return new ModelValidationException(problems);
    }
}
