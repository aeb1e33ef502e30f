package com.salesos.visits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.InvalidFieldException.FieldError;
import com.salesos.reps.RepService;
import com.salesos.workflow.InstanceQuery;
import com.salesos.workflow.InstanceSummary;
import com.salesos.workflow.Message;
import com.salesos.workflow.PublishedMessage;
import com.salesos.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups other systems ask for (virtual-office action items): each becomes the rep's follow-up task in the
 * {@code visit-follow-up} process, with the same reminder and escalation as a visit's follow-up. One process
 * instance per action item id while it is open.
 */
@Service
public class FollowUpRequests {

    /** The message that starts the follow-up task of the {@code visit-follow-up} process. */
    public static final String MESSAGE = "ActionItemReceived";

    /**
     * One action item: who (a rep, or an account whose territory's primary rep takes it), what, and when it is due.
     *
     * @param id the sender's id of the item; with it, a repeat while the item is open starts nothing
     */
    public record ActionItem(String id, UUID repId, UUID accountId, String what, Instant due) {
    }

    /** The follow-up an item became: the rep and the process instance holding the task. */
    public record Requested(int index, String itemId, UUID repId, UUID accountId, long processInstanceKey) {
    }

    private final Workflow workflow;
    private final RepService reps;
    private final AccountService accounts;
    private final VisitFollowUps followUps;
    private final Clock clock;

    FollowUpRequests(Workflow workflow, RepService reps, AccountService accounts, VisitFollowUps followUps,
            Clock clock) {
        this.workflow = workflow;
        this.reps = reps;
        this.accounts = accounts;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * All or nothing.
     *
     * @param origin names items without an id ({@code <origin>/<index>}), e.g. the sender's event id
     * @throws InvalidFieldException naming {@code items[i].repId} (unknown, or neither rep nor account given),
     *         {@code items[i].accountId} (unknown, or no primary rep covers its territory), {@code items[i].due} (not
     *         in the future)
     */
    @Transactional
    public List<Requested> request(String origin, List<ActionItem> items) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> repIds = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            String at = "items[" + i + "].";
            UUID repId = item.repId();
            if (repId != null && reps.find(repId).isEmpty()) {
                errors.add(new FieldError(at + "repId", "is not a known rep"));
            }
            if (item.accountId() != null) {
                AccountView account = accounts.find(item.accountId()).orElse(null);
                if (account == null) {
                    errors.add(new FieldError(at + "accountId", "is not a known account"));
                } else if (repId == null) {
                    repId = account.territoryId() == null ? null
                            : reps.primaryRepOf(account.territoryId(), LocalDate.now(clock)).orElse(null);
                    if (repId == null) {
                        errors.add(new FieldError(at + "accountId",
                                "has no territory with a primary rep today; give repId"));
                    }
                }
            } else if (repId == null) {
                errors.add(new FieldError(at + "repId", "or accountId is required"));
            }
            if (!item.due().isAfter(now)) {
                errors.add(new FieldError(at + "due", "must be in the future"));
            }
            repIds.add(repId);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        List<Requested> requested = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            String itemId = item.id() != null ? item.id() : origin + "/" + i;
            String correlationKey = "action-item/" + itemId;
            Map<String, Object> variables = variables(item, itemId, repIds.get(i));
            // the started instance's business key on either engine (the embedded engine takes the correlation key)
            variables.put(Workflow.BUSINESS_KEY_VARIABLE, correlationKey);
            PublishedMessage published = workflow.publish(Message.of(MESSAGE, correlationKey, variables));
            // the instance the message started, else the one already open for this item (found by its key)
            long key = published.processInstanceKeys().stream().findFirst().orElseGet(() -> workflow
                    .instances(new InstanceQuery(VisitFollowUps.PROCESS, null, correlationKey, 0, 50))
                    .items().stream().filter(s -> correlationKey.equals(s.businessKey()))
                    .map(InstanceSummary::key).findFirst().orElseThrow(() -> new IllegalStateException(
                            "no " + VisitFollowUps.PROCESS + " instance started for " + correlationKey)));
            requested.add(new Requested(i, itemId, repIds.get(i), item.accountId(), key));
        }
        return requested;
    }

    private Map<String, Object> variables(ActionItem item, String itemId, UUID repId) {
        Map<String, Object> variables = new LinkedHashMap<>(followUps.repVariables(repId));
        variables.put("accountId", item.accountId() == null ? null : item.accountId().toString());
        Map<String, Object> actionItem = new LinkedHashMap<>();
        actionItem.put("id", itemId);
        actionItem.put("what", item.what());
        actionItem.put("due", item.due().toString());
        variables.put("actionItem", actionItem);
        Map<String, Object> advice = new LinkedHashMap<>();
        advice.put("outcome", "FOLLOW_UP");
        advice.put("followUpDue", item.due().toString());
        advice.put("summary", item.what());
        variables.put("advice", advice);
        return variables;
    }
}
