package com.salesos.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.salesos.activity.ActivityLog;
import com.salesos.platform.Money;
import com.salesos.platform.PageResponse;

/**
 * What a rep or team did in a period and where their pipeline stands.
 *
 * @param repIds the reps covered; null when the caller asked for every rep
 * @param activity activity log entries of the period, newest first
 */
public record PipelineActivity(List<UUID> repIds, LocalDate from, LocalDate to,
        PageResponse<ActivityLog.Entry> activity, Pipeline pipeline) {

    /** Deals by stage (open deals now, won and lost ones closed in the period); leads created in the period by status. */
    public record Pipeline(List<StageFigure> deals, List<StatusFigure> leads) {
    }

    /** The deals in a stage: how many, and their amounts per currency. */
    public record StageFigure(DealStage stage, long count, List<Money> amounts) {
    }

    public record StatusFigure(LeadStatus status, long count) {
    }
}
