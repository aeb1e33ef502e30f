package com.salesos.ai;

import java.time.Duration;
import java.time.LocalTime;

import com.salesos.routing.TravelModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The AI Sales Manager's defaults ({@code salesos.ai.*}): road model, working day, lunch and search time. */
@Component
class AiSettings {

    final double roadFactor;
    final double averageKmh;
    final LocalTime dayStart;
    final LocalTime dayEnd;
    final LocalTime lunchFrom;
    final LocalTime lunchTo;
    final Duration lunch;
    final int defaultTimeLimitSeconds;

    AiSettings(@Value("${salesos.ai.road-factor:1.3}") double roadFactor,
            @Value("${salesos.ai.average-kmh:40}") double averageKmh,
            @Value("${salesos.ai.day-start:08:00}") LocalTime dayStart,
            @Value("${salesos.ai.day-end:17:00}") LocalTime dayEnd,
            @Value("${salesos.ai.lunch-from:11:30}") LocalTime lunchFrom,
            @Value("${salesos.ai.lunch-to:14:00}") LocalTime lunchTo,
            @Value("${salesos.ai.lunch-minutes:30}") int lunchMinutes,
            @Value("${salesos.ai.time-limit-seconds:3}") int defaultTimeLimitSeconds) {
        this.roadFactor = roadFactor;
        this.averageKmh = averageKmh;
        this.dayStart = dayStart;
        this.dayEnd = dayEnd;
        this.lunchFrom = lunchFrom;
        this.lunchTo = lunchTo;
        this.lunch = Duration.ofMinutes(lunchMinutes);
        this.defaultTimeLimitSeconds = defaultTimeLimitSeconds;
    }

    TravelModel travel() {
        return TravelModel.road(roadFactor, averageKmh);
    }
}
