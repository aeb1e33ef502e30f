package com.salesos.demo;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountTier;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.accounts.Potential;
import org.springframework.stereotype.Component;

/**
 * Three customers just beyond the demo territories (Garching, Unterföhring, Planegg), whose places no boundary holds
 * and whose postal codes no territory lists: the AI's territory gaps report them as accounts no rep is asked to visit.
 */
@Component
class DemoCoverageGaps implements DemoStep {

    private final AccountService accounts;

    DemoCoverageGaps(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "coverage-gaps";
    }

    @Override
    public int getOrder() {
        return 1050;
    }

    @Override
    public void load() {
        customer("Getränkemarkt Garching", "Bürgermeister-Wagner-Straße 12", "85748", "Garching", 48.2490, 11.6510);
        customer("Unterföhringer Hof", "Münchner Straße 40", "85774", "Unterföhring", 48.1925, 11.6450);
        customer("Kiosk am Planegger Bahnhof", "Bahnhofstraße 3", "82152", "Planegg", 48.1060, 11.4250);
    }

    private void customer(String name, String street, String postalCode, String city, double lat, double lon) {
        accounts.create(new NewAccount(name, AccountType.CUSTOMER, AccountTier.SILVER, null, street, postalCode, city,
                "DE", lat, lon, null, "Europe/Berlin", null, Potential.HIGH, null, null));
    }
}
