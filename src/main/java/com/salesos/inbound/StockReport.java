package com.salesos.inbound;

import java.util.List;

import com.salesos.catalog.StockView;

/** The answer to stock counts: how many came and each counted location's stock now. */
record StockReport(String eventId, int received, List<StockView> levels) {
}
