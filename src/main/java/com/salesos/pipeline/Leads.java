package com.salesos.pipeline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Leads extends ListCrudRepository<Lead, UUID>, JpaSpecificationExecutor<Lead> {

    boolean existsBySourceAndExternalId(LeadSource source, String externalId);

    @Query("select l.id from Lead l where l.externalId = :externalId order by l.createdAt, l.id limit 1")
    Optional<UUID> findIdByExternalId(String externalId);

    /** The oldest lead that is no duplicate itself with this email (case-insensitive). */
    @Query("""
            select l.id from Lead l where l.duplicateOfLeadId is null and l.duplicateOfAccountId is null
            and lower(l.email) = lower(:email) order by l.createdAt, l.id limit 1""")
    Optional<UUID> findIdByEmail(String email);

    /** The oldest lead that is no duplicate itself with this phone. */
    @Query("""
            select l.id from Lead l where l.duplicateOfLeadId is null and l.duplicateOfAccountId is null
            and l.phone = :phone order by l.createdAt, l.id limit 1""")
    Optional<UUID> findIdByPhone(String phone);

    /**
     * Leads with this email (case-insensitive) or phone that are no duplicates themselves, oldest first; an empty
     * string matches nothing.
     */
    @Query("""
            select l from Lead l
            where l.duplicateOfLeadId is null and l.duplicateOfAccountId is null
            and ((:email <> '' and lower(l.email) = lower(:email)) or (:phone <> '' and l.phone = :phone))
            order by l.createdAt, l.id""")
    List<Lead> findByContact(String email, String phone);

    /** The lead, locked for update until the transaction ends (process workers that may run twice). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Lead l where l.id = :id")
    Optional<Lead> lock(UUID id);

    /** [status, count] of the leads created in [from, to), for the reps or for all when {@code allReps}. */
    @Query("""
            select l.status, count(l) from Lead l
            where (:allReps = true or l.assignedRepId in :repIds) and l.createdAt >= :from and l.createdAt < :to
            group by l.status""")
    List<Object[]> countByStatus(boolean allReps, Collection<UUID> repIds, Instant from, Instant to);
}
