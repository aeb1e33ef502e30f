package com.salesos.schedules;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz job of every schedule (the job's name is the schedule's): one firing runs on one node of the cluster,
 * and a schedule never runs twice at once.
 */
@DisallowConcurrentExecution
class ScheduleJob extends QuartzJobBean {

    private Schedules schedules;

    @Autowired
    void setSchedules(Schedules schedules) {
        this.schedules = schedules;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        schedules.fire(context.getJobDetail().getKey().getName(), context.getScheduledFireTime().toInstant());
    }
}
