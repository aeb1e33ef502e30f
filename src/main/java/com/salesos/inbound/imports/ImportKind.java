package com.salesos.inbound.imports;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.salesos.accounts.NewAccount;
import com.salesos.catalog.NewProduct;
import com.salesos.platform.InvalidFieldException;
import com.salesos.reps.NewRep;
import com.salesos.reps.NewTerritory;

/**
 * What a CSV file can hold, and its columns: the fields of the REST create request, nested ones with a dot
 * ({@code quota.amount}). List columns take several values separated by {@code ;}; JSON columns take JSON text.
 */
enum ImportKind {

    REPS(NewRep.class, List.of("firstName", "lastName", "email", "phone", "role", "managerId", "territoryIds",
            "primaryTerritoryId", "homeBase.lat", "homeBase.lon", "timeZone", "quota.amount", "quota.currency",
            "quota.period", "username", "password"), Set.of("firstName", "lastName", "email"), Set.of("territoryIds"),
            Set.of()),
    ACCOUNTS(NewAccount.class, List.of("name", "type", "tier", "partnerTier", "street", "postalCode", "city", "country",
            "lat", "lon", "openingHours", "timeZone", "territoryId", "potential", "email", "phone"),
            Set.of("name", "type"), Set.of(), Set.of("openingHours")),
    PRODUCTS(NewProduct.class, List.of("sku", "name", "category", "unit", "active", "unitCost.amount",
            "unitCost.currency", "price.amount", "price.currency", "price.validFrom", "price.validTo", "price.listName"),
            Set.of("sku", "name", "category"), Set.of(), Set.of()),
    TERRITORIES(NewTerritory.class, List.of("code", "name", "region", "boundary", "postalCodes"),
            Set.of("code", "name"), Set.of("postalCodes"), Set.of("boundary"));

    final Class<?> request;
    final List<String> columns;
    final Set<String> required;
    final Set<String> lists;
    final Set<String> json;

    ImportKind(Class<?> request, List<String> columns, Set<String> required, Set<String> lists, Set<String> json) {
        this.request = request;
        this.columns = columns;
        this.required = required;
        this.lists = lists;
        this.json = json;
    }

    String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidFieldException naming {@code kind} when not one of reps, accounts, products, territories */
    static ImportKind of(String path) {
        for (ImportKind kind : values()) {
            if (kind.path().equals(path)) {
                return kind;
            }
        }
        throw new InvalidFieldException("kind", "must be one of reps, accounts, products, territories");
    }
}
