package com.salesos.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;

import com.salesos.catalog.CatalogService;
import com.salesos.catalog.NewPrice;
import com.salesos.catalog.NewProduct;
import com.salesos.catalog.StockService;
import com.salesos.platform.Money;
import org.springframework.stereotype.Component;

/** A beverage wholesaler's catalog: drinks, snacks, coffee and equipment, EUR prices and stock in two depots. */
@Component
class DemoCatalog implements DemoStep {

    /** sku, name, category, unit, EUR list price, stock. */
    static final String[][] PRODUCTS = {
            { "BEV-WAT-STILL-12", "Mineralwasser still 12×1,0 l", "BEVERAGES", "crate", "7.90", "1200" },
            { "BEV-WAT-SPARK-12", "Mineralwasser spritzig 12×1,0 l", "BEVERAGES", "crate", "7.90", "1200" },
            { "BEV-APPLE-SPR-12", "Apfelschorle 12×0,5 l", "BEVERAGES", "crate", "11.50", "800" },
            { "BEV-COLA-24", "Cola 24×0,33 l", "BEVERAGES", "crate", "17.90", "900" },
            { "BEV-COLA-ZERO-24", "Cola Zero 24×0,33 l", "BEVERAGES", "crate", "17.90", "600" },
            { "BEV-ORANGE-24", "Orangenlimonade 24×0,33 l", "BEVERAGES", "crate", "15.90", "600" },
            { "BEV-LEMON-24", "Zitronenlimonade 24×0,33 l", "BEVERAGES", "crate", "15.90", "500" },
            { "BEV-ICETEA-12", "Eistee Pfirsich 12×0,5 l", "BEVERAGES", "crate", "12.90", "500" },
            { "BEV-ENERGY-24", "Energy Drink 24×0,25 l", "BEVERAGES", "tray", "28.90", "400" },
            { "BEV-HELLES-20", "Helles 20×0,5 l", "BEVERAGES", "crate", "19.90", "1500" },
            { "BEV-WEISS-20", "Weißbier 20×0,5 l", "BEVERAGES", "crate", "21.50", "1000" },
            { "BEV-RADLER-20", "Radler 20×0,5 l", "BEVERAGES", "crate", "19.50", "700" },
            { "SNK-PRETZEL-20", "Brezel-Chips 20×100 g", "SNACKS", "carton", "24.00", "300" },
            { "SNK-CHIPS-PAP-20", "Kartoffelchips Paprika 20×150 g", "SNACKS", "carton", "26.00", "300" },
            { "SNK-STICKS-24", "Salzstangen 24×200 g", "SNACKS", "carton", "21.60", "300" },
            { "SNK-NUTS-12", "Nussmix geröstet 12×200 g", "SNACKS", "carton", "38.40", "200" },
            { "SNK-CHOCBAR-48", "Schokoriegel 48 Stück", "SNACKS", "display", "33.60", "250" },
            { "SNK-GUMMY-30", "Fruchtgummi 30×100 g", "SNACKS", "carton", "27.00", "250" },
            { "COF-ESPRESSO-1K", "Espresso Bohnen 1 kg", "COFFEE", "bag", "22.90", "400" },
            { "COF-CREMA-1K", "Café Crema Bohnen 1 kg", "COFFEE", "bag", "19.90", "400" },
            { "COF-FILTER-BIO", "Bio Filterkaffee 500 g", "COFFEE", "bag", "9.90", "300" },
            { "COF-COCOA-1K", "Kakaopulver 1 kg", "COFFEE", "bag", "12.50", "200" },
            { "COF-CUPS-1000", "Coffee-to-go Becher 0,3 l, 1000 Stück", "COFFEE", "carton", "89.00", "150" },
            { "EQP-FRIDGE-400", "Glastür-Kühlschrank 400 l", "EQUIPMENT", "piece", "1290.00", "25" },
            { "EQP-COUNTER-COOL", "Thekenkühler 90 l", "EQUIPMENT", "piece", "590.00", "30" },
            { "EQP-COFFEE-PRO", "Kaffeevollautomat Pro", "EQUIPMENT", "piece", "3490.00", "12" },
            { "EQP-SHELF-DISP", "Display-Regal Getränke", "EQUIPMENT", "piece", "249.00", "60" },
            { "EQP-PARASOL-3M", "Sonnenschirm 3 m mit Logo", "EQUIPMENT", "piece", "189.00", "80" },
            { "MRC-GLASS-24", "Markengläser 0,5 l, 24 Stück", "MERCHANDISE", "carton", "54.00", "120" },
            { "MRC-TABLEKIT", "Bierzeltgarnitur", "MERCHANDISE", "piece", "169.00", "40" } };

    private final CatalogService catalog;
    private final StockService stock;
    private final Clock clock;

    DemoCatalog(CatalogService catalog, StockService stock, Clock clock) {
        this.catalog = catalog;
        this.stock = stock;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "base-catalog";
    }

    @Override
    public int getOrder() {
        return 300;
    }

    @Override
    public void load() {
        LocalDate since = LocalDate.now(clock).minusYears(1);
        for (String[] p : PRODUCTS) {
            BigDecimal price = new BigDecimal(p[4]);
            // margins between 30 and 45 %: cost is 55 to 70 % of the list price
            BigDecimal costShare = new BigDecimal("0.55").add(new BigDecimal(Math.abs(p[0].hashCode()) % 16)
                    .movePointLeft(2));
            Money cost = new Money(price.multiply(costShare).setScale(2, RoundingMode.HALF_UP), "EUR");
            catalog.create(new NewProduct(p[0], p[1], p[2], p[3], true, cost,
                    new NewPrice(price, "EUR", since, null, null)));
            int onHand = Integer.parseInt(p[5]);
            stock.setStock(p[0], "MUC-DEPOT-NORD", onHand - onHand / 3);
            stock.setStock(p[0], "MUC-DEPOT-SUED", onHand / 3);
        }
    }
}
