package com.salesos.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountTier;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.accounts.OpeningHours;
import com.salesos.accounts.OpeningHours.Window;
import com.salesos.accounts.Potential;
import com.salesos.platform.GeoPoint;
import org.springframework.stereotype.Component;

/**
 * {@value #PER_TERRITORY} accounts in each demo territory at seeded random places inside it; the territory is
 * left to the account service to find from the place, as for any account.
 */
@Component
class DemoAccounts implements DemoStep {

    static final int PER_TERRITORY = 50;
    private static final String[] FAMILY_NAMES = { "Huber", "Bauer", "Gruber", "Wimmer", "Moser", "Brandl", "Lechner",
            "Kaiser", "Reiter", "Fuchs", "Stadler", "Pichler", "Eder", "Winkler", "Forster", "Seidl", "Lang", "Haas" };
    private static final String[] NAMES = { "Getränke %s", "Kiosk %s", "%s Gastro", "Café %s" };

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "base-accounts";
    }

    @Override
    public int getOrder() {
        return 200;
    }

    @Override
    public void load() {
        Random random = new Random(42);
        int n = 0;
        for (DemoRegion area : DemoRegion.values()) {
            for (int i = 0; i < PER_TERRITORY; i++, n++) {
                AccountType type = pick(random, AccountType.STAND, AccountType.STAND, AccountType.DEALER,
                        AccountType.DEALER, AccountType.CUSTOMER, AccountType.PARTNER);
                String family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
                String street = area.streets.get(random.nextInt(area.streets.size()));
                GeoPoint place = area.randomPlace(random);
                String name = String.format(NAMES[type.ordinal()], type == AccountType.STAND ? street : family);
                accounts.create(new NewAccount(name + " " + (n + 1), type,
                        pick(random, AccountTier.STANDARD, AccountTier.STANDARD, AccountTier.SILVER, AccountTier.SILVER,
                                AccountTier.GOLD, AccountTier.PLATINUM),
                        type == AccountType.PARTNER ? pick(random, "BRONZE", "SILVER", "GOLD") : null,
                        street + " " + (1 + random.nextInt(180)),
                        area.postalCodes.get(random.nextInt(area.postalCodes.size())), "München", "DE", place.lat(),
                        place.lon(), hours(type, random), "Europe/Berlin", null,
                        pick(random, Potential.LOW, Potential.MEDIUM, Potential.MEDIUM, Potential.HIGH),
                        String.format("kontakt%03d@kunde.example", n + 1),
                        String.format("+49 89 %07d", 1_000_000 + random.nextInt(8_999_999))));
            }
        }
    }

    private static OpeningHours hours(AccountType type, Random random) {
        Map<DayOfWeek, List<Window>> days = new EnumMap<>(DayOfWeek.class);
        LocalTime open = LocalTime.of(6 + random.nextInt(3), random.nextBoolean() ? 0 : 30);
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean weekday = day.getValue() <= 5;
            switch (type) {
                case STAND -> days.put(day, List.of(new Window(weekday ? open : open.plusHours(2), LocalTime.of(20, 0))));
                case DEALER -> {
                    if (weekday) {
                        days.put(day, List.of(new Window(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                                new Window(LocalTime.of(13, 0), LocalTime.of(18, 0))));
                    } else if (day == DayOfWeek.SATURDAY) {
                        days.put(day, List.of(new Window(LocalTime.of(9, 0), LocalTime.of(13, 0))));
                    }
                }
                case PARTNER -> {
                    if (weekday) {
                        days.put(day, List.of(new Window(LocalTime.of(9, 0), LocalTime.of(17, 0))));
                    }
                }
                case CUSTOMER -> {
                    if (day != DayOfWeek.MONDAY) {
                        days.put(day, List.of(new Window(open.plusHours(1), LocalTime.of(19, 0))));
                    }
                }
            }
        }
        return new OpeningHours(days);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
