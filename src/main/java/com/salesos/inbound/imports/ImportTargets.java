package com.salesos.inbound.imports;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.NewAccount;
import com.salesos.catalog.CatalogService;
import com.salesos.catalog.NewProduct;
import com.salesos.reps.NewRep;
import com.salesos.reps.NewTerritory;
import com.salesos.reps.RepService;
import com.salesos.reps.TerritoryService;
import org.springframework.stereotype.Component;

/** Hands a read row to the feature service that creates such records, the one the REST create endpoint calls. */
@Component
class ImportTargets {

    private final RepService reps;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final TerritoryService territories;

    ImportTargets(RepService reps, AccountService accounts, CatalogService catalog, TerritoryService territories) {
        this.reps = reps;
        this.accounts = accounts;
        this.catalog = catalog;
        this.territories = territories;
    }

    /** @throws com.salesos.platform.InvalidFieldException when the service refuses the request */
    void create(ImportKind kind, Object request) {
        switch (kind) {
            case REPS -> reps.create((NewRep) request);
            case ACCOUNTS -> accounts.create((NewAccount) request);
            case PRODUCTS -> catalog.create((NewProduct) request);
            case TERRITORIES -> territories.create((NewTerritory) request);
        }
    }
}
