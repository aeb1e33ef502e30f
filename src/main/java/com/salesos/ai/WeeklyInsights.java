package com.salesos.ai;

import java.time.LocalDate;

import com.salesos.schedules.WeeklyInsightsRun;
import org.springframework.stereotype.Component;

/** The weekly insights schedule's work: {@link InsightsRun} over every active rep for the schedule's week. */
@Component
class WeeklyInsights implements WeeklyInsightsRun {

    private final InsightsRun insights;

    WeeklyInsights(InsightsRun insights) {
        this.insights = insights;
    }

    @Override
    public void run(LocalDate from, LocalDate to) {
        insights.runForAllReps(from, to);
    }
}
