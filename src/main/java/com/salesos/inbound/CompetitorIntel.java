package com.salesos.inbound;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.platform.Currencies;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.InvalidFieldException.FieldError;
import com.salesos.platform.Money;
import com.salesos.platform.PageResponse;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Competitor intelligence: stores observations that arrive and answers what is known about an account or area. */
@Service
public class CompetitorIntel {

    /** How many observations {@link #forAccount} and {@link #forTerritory} answer at most. */
    public static final int RECENT = 100;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("observedAt"), Sort.Order.asc("id"));

    private final CompetitorObservations observations;
    private final AccountService accounts;
    private final TerritoryService territories;
    private final Clock clock;

    CompetitorIntel(CompetitorObservations observations, AccountService accounts, TerritoryService territories,
            Clock clock) {
        this.observations = observations;
        this.accounts = accounts;
        this.territories = territories;
        this.clock = clock;
    }

    /** The newest {@value #RECENT} observations made at the account, newest first. */
    @Transactional(readOnly = true)
    public List<CompetitorObservationView> forAccount(UUID accountId) {
        return list(new Filter(accountId, null, null), PageRequest.of(0, RECENT)).items();
    }

    /** The newest {@value #RECENT} observations in the territory (at its accounts or for the area), newest first. */
    @Transactional(readOnly = true)
    public List<CompetitorObservationView> forTerritory(UUID territoryId) {
        return list(new Filter(null, territoryId, null), PageRequest.of(0, RECENT)).items();
    }

    /** Narrows the list; nulls match all, {@code competitor} matches the name without regard to case. */
    public record Filter(UUID accountId, UUID territoryId, String competitor) {
    }

    @Transactional(readOnly = true)
    public PageResponse<CompetitorObservationView> list(Filter filter, PageRequest page) {
        return PageResponse.of(observations.findAll(matching(filter), page.withSort(NEWEST_FIRST)),
                CompetitorObservation::toView);
    }

    /** All or nothing. @throws InvalidFieldException naming {@code items[i].<field>} for every refused item */
    @Transactional
    IntelReport record(String eventId, List<IntelFeed.Item> items) {
        List<FieldError> errors = new ArrayList<>();
        List<CompetitorObservation> accepted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            IntelFeed.Item item = items.get(i);
            String at = "items[" + i + "].";
            int before = errors.size();
            Money price = null;
            if (item.price() != null) {
                try {
                    price = new Money(item.price().amount(),
                            Currencies.require(item.price().currency(), at + "price.currency"));
                } catch (InvalidFieldException e) {
                    errors.addAll(e.errors());
                }
            }
            UUID territoryId = null;
            if (item.territoryCode() != null) {
                territoryId = territories.findByCode(item.territoryCode()).map(TerritoryView::id).orElse(null);
                if (territoryId == null) {
                    errors.add(new FieldError(at + "territoryCode", "is not a known territory"));
                }
            }
            if (item.accountId() != null) {
                AccountView account = accounts.find(item.accountId()).orElse(null);
                if (account == null) {
                    errors.add(new FieldError(at + "accountId", "is not a known account"));
                } else if (territoryId == null) {
                    territoryId = account.territoryId();
                }
            } else if (item.territoryCode() == null) {
                errors.add(new FieldError(at + "accountId", "or territoryCode is required"));
            }
            if (errors.size() == before) {
                accepted.add(new CompetitorObservation(item, price, item.accountId(), territoryId, clock.instant()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return new IntelReport(eventId, items.size(),
                observations.saveAll(accepted).stream().map(o -> o.toView().id()).toList());
    }

    private static Specification<CompetitorObservation> matching(Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.accountId() != null) {
                where.add(cb.equal(root.get("accountId"), filter.accountId()));
            }
            if (filter.territoryId() != null) {
                where.add(cb.equal(root.get("territoryId"), filter.territoryId()));
            }
            if (filter.competitor() != null && !filter.competitor().isBlank()) {
                where.add(cb.equal(cb.lower(root.get("competitor")), filter.competitor().strip().toLowerCase()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
