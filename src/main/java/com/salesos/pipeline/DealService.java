package com.salesos.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.activity.ActivityLog;
import com.salesos.integration.EventTypes;
import com.salesos.integration.Outbox;
import com.salesos.platform.Currencies;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.Money;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.security.AccessPolicy;
import com.salesos.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens deals and moves them through their stages; a rep sees their own deals, a manager the team's. */
@Service
public class DealService {

    private final Deals deals;
    private final RepService reps;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final CurrentActor currentActor;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Outbox outbox;
    private final Clock clock;

    DealService(Deals deals, RepService reps, AccountService accounts, AccessPolicy access, CurrentActor currentActor,
            ActivityLog activity, ApplicationEventPublisher events, Outbox outbox, Clock clock) {
        this.deals = deals;
        this.reps = reps;
        this.accounts = accounts;
        this.access = access;
        this.currentActor = currentActor;
        this.activity = activity;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @throws InvalidFieldException naming {@code repId} (missing for a caller who is no rep, or unknown),
     *         {@code accountId} (unknown), {@code currency}, {@code stage} (WON or LOST)
     * @throws org.springframework.security.access.AccessDeniedException for a rep the caller may not see
     */
    @Transactional
    public DealView create(NewDeal request) {
        UUID repId = request.repId() == null ? currentActor.get().repId() : request.repId();
        if (repId == null) {
            throw new InvalidFieldException("repId", "is required");
        }
        if (reps.find(repId).isEmpty()) {
            throw new InvalidFieldException("repId", "is not a known rep");
        }
        access.checkRep(repId);
        if (accounts.find(request.accountId()).isEmpty()) {
            throw new InvalidFieldException("accountId", "is not a known account");
        }
        Currencies.require(request.currency(), "currency");
        DealStage stage = request.stage() == null ? DealStage.PROSPECTING : request.stage();
        if (stage.isClosed()) {
            throw new InvalidFieldException("stage", "must be an open stage; move the deal to WON or LOST later");
        }
        Deal deal = deals.save(new Deal(request.accountId(), repId, request.name().strip(), stage,
                new Money(request.amount(), request.currency()), request.expectedClose(), request.probability(),
                clock.instant()));
        activity.record("deal.created", "deal", deal.getId(), repId, Map.of("stage", stage, "amount",
                request.amount().toPlainString() + " " + request.currency()));
        return deal.toView();
    }

    /**
     * The winning alert for the rep and their manager: a {@code notification.requested} event for the notification
     * system, in the transaction that wins the deal (once per deal).
     */
    private void winningAlert(DealWon won) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("template", "deal-won");
        data.put("recipients", List.of("rep", "manager"));
        data.put("dealId", won.dealId());
        data.put("repId", won.repId());
        data.put("managerRepId", reps.find(won.repId()).map(RepView::managerId).orElse(null));
        data.put("accountId", won.accountId());
        data.put("amount", won.amount());
        data.put("reason", won.reason());
        outbox.publish("deal-won:" + won.dealId(), EventTypes.NOTIFICATION_REQUESTED, "deal/" + won.dealId(), data);
    }

    /**
     * Moves the deal; WON publishes {@link DealWon} and the winning alert.
     *
     * @throws NotFoundException when unknown or not visible
     * @throws InvalidFieldException naming {@code reason} when closing without one
     * @throws com.salesos.platform.ConflictException when the deal is closed, already in the stage, or not far
     *         enough along to be won
     */
    @Transactional
    public DealView moveStage(UUID id, StageChange change) {
        Deal deal = visible(id);
        Instant now = clock.instant();
        DealStage from = deal.getStage();
        if (change.stage().isClosed() && (change.reason() == null || change.reason().isBlank())) {
            throw new InvalidFieldException("reason", "is required to close a deal as " + change.stage());
        }
        switch (change.stage()) {
            case WON -> {
                DealWon won = deal.markWon(change.reason().strip(), now);
                events.publishEvent(won);
                winningAlert(won);
            }
            case LOST -> deal.markLost(change.reason().strip(), now);
            default -> deal.moveTo(change.stage(), change.probability(), now);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from);
        details.put("to", change.stage());
        if (change.reason() != null) {
            details.put("reason", change.reason().strip());
        }
        activity.record("deal.stage-changed", "deal", id, deal.getRepId(), details);
        return deal.toView();
    }

    /** @throws NotFoundException when unknown or not visible */
    @Transactional(readOnly = true)
    public DealView get(UUID id) {
        return visible(id).toView();
    }

    @Transactional(readOnly = true)
    public PageResponse<DealView> list(PipelineFilter<DealStage> filter, PageRequest page) {
        if (filter.repId() != null) {
            access.checkRep(filter.repId());
        }
        return PageResponse.of(deals.findAll(PipelineSpecifications.deals(filter, access.visibleRepIds().orElse(null)),
                page.withSort(Sort.by(Sort.Direction.DESC, "lastActivityAt").and(Sort.by("id")))), Deal::toView);
    }

    private Deal visible(UUID id) {
        return deals.findById(id).filter(d -> access.canSeeRep(d.getRepId()))
                .orElseThrow(() -> new NotFoundException("Deal", id));
    }
}
