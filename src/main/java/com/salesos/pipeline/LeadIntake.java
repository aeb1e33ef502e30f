package com.salesos.pipeline;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.AccountView;
import com.salesos.accounts.NewAccount;
import com.salesos.activity.ActivityLog;
import com.salesos.integration.EventTypes;
import com.salesos.integration.Outbox;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.InvalidFieldException.FieldError;
import com.salesos.platform.NotFoundException;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
import com.salesos.security.UserService;
import com.salesos.workflow.Workflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead intake: CRM leads arrive (a repeat or a duplicate of a known lead updates that lead, never a second one;
 * each new lead starts the {@value #PROCESS} process), and the process's steps on the lead: de-duplication
 * against leads and accounts, territory and rep assignment, closing, and conversion into a deal.
 */
@Service
public class LeadIntake {

    public static final String PROCESS = "lead-intake";

    /** What became of one delivered lead. {@code matchedBy} is null for a new lead, else externalId, email or phone. */
    public record Received(int index, String externalId, UUID leadId, Outcome outcome, String matchedBy,
            Long processInstanceKey) {
    }

    public enum Outcome {
        CREATED, UPDATED
    }

    /** What {@code leads.deduplicate} found: the lead or account this lead repeats (or null), and its source. */
    record Duplicate(UUID duplicateOf, LeadSource source) {
    }

    /** Who the lead went to; {@code territoryCode}, {@code repUsername} and {@code managerRepId} may be null. */
    record Assignment(String territoryCode, UUID repId, String repUsername, UUID managerRepId) {
    }

    private final Leads leads;
    private final JdbcClient jdbc;
    private final Workflow workflow;
    private final AccountService accounts;
    private final DealService deals;
    private final TerritoryService territories;
    private final RepService reps;
    private final UserService users;
    private final Outbox outbox;
    private final ActivityLog activity;
    private final Clock clock;
    private final String defaultCurrency;

    LeadIntake(Leads leads, JdbcClient jdbc, Workflow workflow, AccountService accounts, DealService deals,
            TerritoryService territories, RepService reps, UserService users, Outbox outbox, ActivityLog activity,
            Clock clock, @Value("${salesos.default-currency:EUR}") String defaultCurrency) {
        this.leads = leads;
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.accounts = accounts;
        this.deals = deals;
        this.territories = territories;
        this.reps = reps;
        this.users = users;
        this.outbox = outbox;
        this.activity = activity;
        this.clock = clock;
        this.defaultCurrency = defaultCurrency;
    }

    /**
     * Takes a CRM's leads, all or nothing: each is matched by external id, then by email, then by phone against
     * the leads; a match is updated and linked to the external id, anything else becomes a new lead and starts
     * lead intake. Leads of one call are taken in order (a repeat later in the batch updates the earlier one).
     *
     * @throws InvalidFieldException naming {@code items[i].lat} / {@code items[i].lon} when only one is given
     */
    @Transactional
    public List<Received> receive(List<CrmLead> items) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CrmLead item = items.get(i);
            if (item.lat() == null && item.lon() != null) {
                errors.add(new FieldError("items[" + i + "].lat", "is required together with lon"));
            }
            if (item.lon() == null && item.lat() != null) {
                errors.add(new FieldError("items[" + i + "].lon", "is required together with lat"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        // one intake at a time: two deliveries of the same new lead must not both find nothing and both create it
        jdbc.sql("select pg_advisory_xact_lock(hashtext('salesos:lead-intake'))").query(Object.class).list();
        List<Received> received = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            received.add(receive(i, items.get(i)));
        }
        return received;
    }

    private Received receive(int index, CrmLead item) {
        Instant now = clock.instant();
        String matchedBy = "externalId";
        Optional<UUID> known = byExternalId(item.externalId());
        if (known.isEmpty() && item.emailKey() != null) {
            known = leads.findIdByEmail(item.emailKey());
            matchedBy = "email";
        }
        if (known.isEmpty() && item.phoneKey() != null) {
            known = leads.findIdByPhone(item.phoneKey());
            matchedBy = "phone";
        }
        if (known.isPresent()) {
            // locked: the intake's workers may be changing the same lead right now
            Lead lead = lock(known.get());
            lead.update(item, now);
            link(item.externalId(), lead.getId(), now);
            activity.record("lead.updated", "lead", lead.getId(), lead.getAssignedRepId(),
                    Map.of("externalId", item.externalId(), "matchedBy", matchedBy));
            return new Received(index, item.externalId(), lead.getId(), Outcome.UPDATED, matchedBy,
                    lead.toView().processInstanceKey());
        }
        Lead lead = leads.save(new Lead(item, now));
        link(item.externalId(), lead.getId(), now);
        long key = workflow.start(PROCESS, Map.of("leadId", lead.getId().toString()), "lead/" + lead.getId());
        lead.startedIntake(key);
        activity.record("lead.created", "lead", lead.getId(), null,
                Map.of("source", item.source(), "externalId", item.externalId(), "processInstanceKey", key));
        return new Received(index, item.externalId(), lead.getId(), Outcome.CREATED, null, key);
    }

    private Optional<UUID> byExternalId(String externalId) {
        Optional<UUID> linked = jdbc.sql("select lead_id from lead_external_ref where external_id = :id")
                .param("id", externalId).query(UUID.class).optional();
        return linked.isPresent() ? linked : leads.findIdByExternalId(externalId);
    }

    private void link(String externalId, UUID leadId, Instant now) {
        jdbc.sql("""
                insert into lead_external_ref (external_id, lead_id, received_at) values (:ext, :lead, :at)
                on conflict (external_id) do nothing""").param("ext", externalId).param("lead", leadId)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    /** {@code leads.deduplicate}: an older lead, else an account, with the lead's email or phone. */
    @Transactional(readOnly = true)
    Duplicate deduplicate(UUID leadId) {
        Lead lead = load(leadId);
        String email = nonNull(lead.getEmail());
        String phone = nonNull(lead.getPhone());
        UUID duplicateOf = leads.findByContact(email, phone).stream()
                .filter(l -> !l.getId().equals(leadId) && l.getCreatedAt().isBefore(lead.getCreatedAt()))
                .map(Lead::getId).findFirst()
                .or(() -> email.isEmpty() && phone.isEmpty() ? Optional.empty()
                        : accounts.findByContact(email, phone).stream().map(AccountView::id).findFirst())
                .orElse(null);
        return new Duplicate(duplicateOf, lead.getSource());
    }

    /**
     * {@code leads.close}: DUPLICATE links the lead to {@code duplicateOf} (a lead or an account id), DISQUALIFIED
     * records the rep's reason. A closed lead stays as it is (a retried job).
     */
    @Transactional
    void close(UUID leadId, String reason, UUID duplicateOf, String disqualificationReason) {
        Lead lead = lock(leadId);
        Instant now = clock.instant();
        if (lead.getStatus() == LeadStatus.DISQUALIFIED || lead.getStatus() == LeadStatus.CONVERTED) {
            return;
        }
        if ("DUPLICATE".equals(reason)) {
            if (duplicateOf == null) {
                throw new IllegalStateException("leads.close DUPLICATE needs duplicateOf");
            }
            boolean ofLead = leads.existsById(duplicateOf);
            lead.closeAsDuplicate(ofLead ? duplicateOf : null, ofLead ? null : duplicateOf, now);
        } else {
            lead.disqualify(disqualificationReason == null || disqualificationReason.isBlank()
                    ? "Disqualified by the rep without a reason" : disqualificationReason.strip(), now);
        }
        activity.record("lead.closed", "lead", leadId, lead.getAssignedRepId(),
                Map.of("reason", reason, "detail", lead.toView().disqualifyReason()));
    }

    /**
     * {@code leads.assign-territory}: the territory of the lead's place (else postal code) and its primary rep
     * today, unless the lead has a rep already; emits {@value EventTypes#LEAD_ASSIGNED} once per lead and rep.
     *
     * @throws IllegalStateException when no territory covers the lead or the territory has no primary rep (an
     *         incident for sales ops: define the territory or assign the lead, then retry)
     */
    @Transactional
    Assignment assign(UUID leadId) {
        Lead lead = lock(leadId);
        TerritoryView territory = (lead.getTerritoryId() != null ? territories.find(lead.getTerritoryId())
                : territories.locate(lead.getLocation(), lead.getPostalCode())).orElse(null);
        UUID repId = lead.getAssignedRepId();
        if (repId == null) {
            if (territory == null) {
                throw new IllegalStateException("No territory covers lead " + leadId + " (place "
                        + lead.getLocation() + ", postal code " + lead.getPostalCode() + ")");
            }
            repId = reps.primaryRepOf(territory.id(), LocalDate.now(clock)).orElseThrow(() -> new IllegalStateException(
                    "Territory " + territory.code() + " of lead " + leadId + " has no primary rep today"));
        }
        UUID territoryId = territory == null ? null : territory.id();
        if (lead.assign(repId, territoryId, clock.instant())) {
            activity.record("lead.assigned", "lead", leadId, repId,
                    territory == null ? Map.of() : Map.of("territory", territory.code()));
        }
        RepView rep = reps.get(repId);
        String username = users.findByRepId(repId).map(UserService.UserView::username).orElse(null);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("leadId", leadId);
        event.put("repId", repId);
        event.put("repName", rep.displayName());
        event.put("territoryId", territoryId);
        event.put("territoryCode", territory == null ? null : territory.code());
        event.put("source", lead.getSource());
        event.put("contactName", lead.getContactName());
        event.put("company", lead.getCompany());
        outbox.publish("lead.assigned:" + leadId + ":" + repId, EventTypes.LEAD_ASSIGNED, "lead/" + leadId, event);
        return new Assignment(territory == null ? null : territory.code(), repId, username, rep.managerId());
    }

    /**
     * {@code deals.create}: the qualified lead's one deal, at a new customer account made from the lead (or the
     * account it already has); the lead becomes CONVERTED. A retried job finds the first deal.
     */
    @Transactional
    UUID createDeal(UUID leadId, UUID repId) {
        Lead lead = lock(leadId);
        if (lead.getDealId() != null) {
            return lead.getDealId();
        }
        LeadView view = lead.toView();
        UUID accountId = view.accountId();
        String name = lead.getCompany() == null || lead.getCompany().isBlank() ? lead.getContactName()
                : lead.getCompany();
        if (accountId == null) {
            LeadView.Place place = view.place();
            accountId = accounts.create(new NewAccount(name, AccountType.CUSTOMER, null, null, null,
                    place.postalCode(), place.city(), place.country(),
                    place.location() == null ? null : place.location().lat(),
                    place.location() == null ? null : place.location().lon(), null, null, lead.getTerritoryId(),
                    null, lead.getEmail(), lead.getPhone())).id();
        }
        UUID owner = repId != null ? repId : lead.getAssignedRepId();
        DealView deal = deals.create(new NewDeal(accountId, owner, name + " (lead " + lead.getSource() + ")",
                DealStage.QUALIFICATION, BigDecimal.ZERO, defaultCurrency, null, null));
        lead.convertTo(accountId, deal.id(), clock.instant());
        activity.record("lead.converted", "lead", leadId, owner, Map.of("dealId", deal.id(), "accountId", accountId));
        return deal.id();
    }

    private Lead load(UUID leadId) {
        return leads.findById(leadId).orElseThrow(() -> new NotFoundException("Lead", leadId));
    }

    private Lead lock(UUID leadId) {
        return leads.lock(leadId).orElseThrow(() -> new NotFoundException("Lead", leadId));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
