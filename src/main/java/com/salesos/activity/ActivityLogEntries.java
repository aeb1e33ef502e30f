package com.salesos.activity;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read and append only: the repository offers no update or delete. */
interface ActivityLogEntries extends Repository<ActivityLogEntry, UUID> {

    ActivityLogEntry save(ActivityLogEntry entry);

    @Query("""
            select e from ActivityLogEntry e
            where e.repId in :repIds and e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc""")
    Page<ActivityLogEntry> findForReps(Collection<UUID> repIds, Instant from, Instant to, Pageable page);

    @Query("""
            select e from ActivityLogEntry e
            where e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc""")
    Page<ActivityLogEntry> findAll(Instant from, Instant to, Pageable page);

    @Query("select e from ActivityLogEntry e where e.subjectType = :type and e.subjectId = :id order by e.occurredAt")
    java.util.List<ActivityLogEntry> findForSubject(String type, String id);

    @Query("""
            select count(e) from ActivityLogEntry e
            where e.action = :action and e.repId = :repId and e.occurredAt >= :from and e.occurredAt < :to""")
    long countForRep(String action, UUID repId, Instant from, Instant to);
}
