package com.salesos.inbound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.salesos.accounts.AccountMove;
import com.salesos.accounts.AccountService;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.InvalidFieldException.FieldError;
import com.salesos.reps.NewTerritory;
import com.salesos.reps.TerritoryDefinition;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies territory definitions and re-assigns the accounts whose place now lies in another territory. */
@Service
class TerritoryFeedService {

    private final TerritoryService territories;
    private final AccountService accounts;

    TerritoryFeedService(TerritoryService territories, AccountService accounts) {
        this.territories = territories;
        this.accounts = accounts;
    }

    /** All or nothing. @throws InvalidFieldException naming {@code items[i].<field>} for every refused item */
    @Transactional
    TerritoryReport apply(String eventId, List<NewTerritory> items) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<UUID> changed = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            NewTerritory item = items.get(i);
            Integer earlier = codes.putIfAbsent(item.code(), i);
            if (earlier != null) {
                errors.add(new FieldError("items[" + i + "].code", "repeats items[" + earlier + "]"));
                continue;
            }
            try {
                TerritoryDefinition d = territories.define(item);
                (d.created() ? created : d.changed() ? updated : unchanged).add(item.code());
                if (d.changed()) {
                    changed.add(d.territory().id());
                }
            } catch (InvalidFieldException e) {
                String at = "items[" + i + "].";
                e.errors().forEach(er -> errors.add(new FieldError(at + er.field(), er.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        List<AccountMove> moves = changed.isEmpty() ? List.of()
                : accounts.reassignTerritories(territories.locator(), changed);
        Map<UUID, String> codeOf = new HashMap<>();
        List<TerritoryReport.Move> reported = moves.stream().map(m -> new TerritoryReport.Move(m.accountId(),
                m.accountName(), code(m.fromTerritoryId(), codeOf), m.fromTerritoryId(), code(m.toTerritoryId(), codeOf),
                m.toTerritoryId())).toList();
        return new TerritoryReport(eventId, created, updated, unchanged, reported);
    }

    private String code(UUID territoryId, Map<UUID, String> cache) {
        return territoryId == null ? null : cache.computeIfAbsent(territoryId,
                id -> territories.find(id).map(TerritoryView::code).orElse(null));
    }
}
