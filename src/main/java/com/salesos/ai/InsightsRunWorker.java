package com.salesos.ai;

import java.time.LocalDate;
import java.util.Map;

import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import org.springframework.stereotype.Component;

/**
 * {@code ai.insights-run}: reads {@code from} and {@code to} (ISO dates, both optional: last week), runs the insights
 * for every active rep and writes {@code insightsRun: {from, to, reps, stored, alreadyKnown, failed}}. Safe to run
 * twice: a finding already stored for the period is not stored or published again.
 */
@Component
class InsightsRunWorker implements JobWorker {

    private final InsightsRun run;

    InsightsRunWorker(InsightsRun run) {
        this.run = run;
    }

    @Override
    public String type() {
        return "ai.insights-run";
    }

    @Override
    public Map<String, Object> handle(Job job) {
        String from = job.variable("from", String.class);
        String to = job.variable("to", String.class);
        InsightsRun.Outcome outcome = run.runForAllReps(from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
        return Map.of("insightsRun", Map.of("from", outcome.from().toString(), "to", outcome.to().toString(), "reps",
                outcome.reps(), "stored", outcome.stored(), "alreadyKnown", outcome.alreadyKnown(), "failed",
                outcome.failed().stream().map(Object::toString).toList()));
    }
}
