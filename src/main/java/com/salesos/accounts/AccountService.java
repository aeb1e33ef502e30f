package com.salesos.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.platform.GeoPoint;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import com.salesos.platform.SearchText;
import com.salesos.platform.TimeZones;
import com.salesos.reps.TerritoryLocator;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
import jakarta.persistence.criteria.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds accounts; places a new account in the territory its location or postal code lies in. */
@Service
public class AccountService {

    private final Accounts accounts;
    private final TerritoryService territories;
    private final ObjectMapper json;
    private final Clock clock;
    private final String defaultTimeZone;

    AccountService(Accounts accounts, TerritoryService territories, ObjectMapper json, Clock clock,
            @Value("${salesos.default-time-zone:Europe/Berlin}") String defaultTimeZone) {
        this.accounts = accounts;
        this.territories = territories;
        this.json = json;
        this.clock = clock;
        this.defaultTimeZone = defaultTimeZone;
    }

    /**
     * @throws InvalidFieldException naming {@code lat}/{@code lon} when only one is given, {@code territoryId} when
     *         unknown, {@code timeZone} when not an IANA id
     */
    @Transactional
    public AccountView create(NewAccount request) {
        if (request.lat() == null && request.lon() != null) {
            throw new InvalidFieldException("lat", "is required together with lon");
        }
        if (request.lon() == null && request.lat() != null) {
            throw new InvalidFieldException("lon", "is required together with lat");
        }
        String zone = TimeZones.requireIana(request.timeZone() == null ? defaultTimeZone : request.timeZone(), "timeZone");
        UUID territoryId = request.territoryId();
        if (territoryId != null) {
            territories.find(territoryId).orElseThrow(() -> new InvalidFieldException("territoryId",
                    "is not a known territory"));
        } else {
            territoryId = territories.locate(GeoPoint.ofNullable(request.lat(), request.lon()), request.postalCode())
                    .map(TerritoryView::id).orElse(null);
        }
        OpeningHours hours = request.openingHours() == null ? OpeningHours.closed() : request.openingHours();
        Account account = accounts.save(new Account(request, write(hours), zone, territoryId, clock.instant()));
        return view(account);
    }

    /** @throws NotFoundException when no account has this id */
    @Transactional(readOnly = true)
    public AccountView get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Account", id));
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(UUID id) {
        return accounts.findById(id).map(this::view);
    }

    @Transactional(readOnly = true)
    public PageResponse<AccountView> list(AccountFilter filter, PageRequest page) {
        return PageResponse.of(accounts.findAll(matching(filter), page.withSort(Sort.by("name", "id"))), this::view);
    }

    /**
     * Accounts placed between {@code southWest} and {@code northEast} that lie in no territory (no boundary holds
     * them and no territory lists their postal code), by name.
     */
    @Transactional(readOnly = true)
    public PageResponse<AccountView> outsideTerritories(GeoPoint southWest, GeoPoint northEast, PageRequest page) {
        return PageResponse.of(accounts.findAll((root, query, cb) -> cb.and(cb.isNull(root.get("territoryId")),
                cb.between(root.get("lat"), southWest.lat(), northEast.lat()),
                cb.between(root.get("lon"), southWest.lon(), northEast.lon())),
                page.withSort(Sort.by("name", "id"))), this::view);
    }

    /**
     * After the territories in {@code changed} were created or redrawn: puts each account whose place (else postal
     * code) the map now finds in one of them, or whose territory is one of them, in the territory the map finds for
     * it; an account no territory covers any more leaves its changed territory. Accounts of other territories keep
     * the territory they have, even one given by hand.
     *
     * @return the accounts that moved, in id order
     */
    @Transactional
    public List<AccountMove> reassignTerritories(TerritoryLocator map, Set<UUID> changed) {
        Map<UUID, UUID> moves = new LinkedHashMap<>();
        for (Accounts.Placement p : accounts.placements()) {
            UUID found = map.locate(GeoPoint.ofNullable(p.lat(), p.lon()), p.postalCode()).map(TerritoryView::id)
                    .orElse(null);
            boolean concerned = (found != null && changed.contains(found))
                    || (p.territoryId() != null && changed.contains(p.territoryId()));
            if (concerned && !Objects.equals(found, p.territoryId())) {
                moves.put(p.id(), found);
            }
        }
        List<AccountMove> moved = new ArrayList<>();
        accounts.findAllById(moves.keySet()).stream().sorted(Comparator.comparing(Account::getId)).forEach(a -> {
            moved.add(new AccountMove(a.getId(), a.getName(), a.getTerritoryId(), moves.get(a.getId())));
            a.moveTo(moves.get(a.getId()));
        });
        return moved;
    }

    /**
     * Records the visit cadence the {@code visit-cadence} decision gave; repeating it changes nothing.
     *
     * @throws NotFoundException when no account has this id
     * @throws InvalidFieldException naming {@code cadenceDays} when not positive
     */
    @Transactional
    public AccountView decideVisitCadence(UUID accountId, int cadenceDays) {
        if (cadenceDays <= 0) {
            throw new InvalidFieldException("cadenceDays", "must be positive");
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
        account.decideVisitCadence(cadenceDays, clock.instant());
        return view(account);
    }

    /** Accounts with this email (case-insensitive) or phone, oldest first; for lead de-duplication. */
    @Transactional(readOnly = true)
    public List<AccountView> findByContact(String email, String phone) {
        return accounts.findByContact(email == null ? "" : email.strip(), phone == null ? "" : phone.strip()).stream()
                .map(this::view).toList();
    }

    private static Specification<Account> matching(AccountFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.territoryId() != null) {
                where.add(cb.equal(root.get("territoryId"), filter.territoryId()));
            }
            if (filter.type() != null) {
                where.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.tier() != null) {
                where.add(cb.equal(root.get("tier"), filter.tier()));
            }
            if (SearchText.isGiven(filter.q())) {
                String like = SearchText.containsPattern(filter.q());
                where.add(cb.or(cb.like(cb.lower(root.get("name")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("city")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("email")), like, SearchText.ESCAPE)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private AccountView view(Account account) {
        try {
            return account.toView(json.readValue(account.getOpeningHours(), OpeningHours.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored opening hours are not readable", e);
        }
    }

    private String write(OpeningHours hours) {
        try {
            return json.writeValueAsString(hours);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
