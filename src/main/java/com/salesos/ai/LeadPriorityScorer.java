package com.salesos.ai;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.oracle.labs.mlrg.olcut.util.Pair;
import com.salesos.pipeline.LeadService;
import com.salesos.pipeline.LeadSource;
import com.salesos.pipeline.LeadStatus;
import com.salesos.pipeline.LeadView;
import org.springframework.stereotype.Service;

/**
 * Scores leads for the lead intake process with a model trained on the product's own closed leads, retrained when
 * that history changes; with too little history, rules score them (intake score plus points per source and detail).
 */
@Service
public class LeadPriorityScorer {

    /** Rule points per source: referrals and partners convert best in field sales. */
    static final Map<LeadSource, Integer> SOURCE_POINTS = Map.of(LeadSource.REFERRAL, 20, LeadSource.PARTNER, 15,
            LeadSource.EVENT, 10, LeadSource.WEB, 5, LeadSource.OTHER, 0);

    private record Trained(String key, LeadPriorityModel model) {
    }

    private final LeadService leads;
    private final FieldHistory history;
    private final Clock clock;
    private final AtomicReference<Trained> cache = new AtomicReference<>(new Trained("", null));

    LeadPriorityScorer(LeadService leads, FieldHistory history, Clock clock) {
        this.leads = leads;
        this.history = history;
        this.clock = clock;
    }

    /** @throws com.salesos.platform.NotFoundException when the lead is unknown or not visible to the caller */
    public LeadPriority score(UUID leadId) {
        LeadView lead = leads.get(leadId);
        LeadPriorityModel model = SystemCaller.call(this::model);
        if (model == null) return rules(lead);
        Pair<Double, List<LeadPriority.Factor>> scored = model.score(lead);
        int score = (int) Math.round(scored.getA() * 100);
        List<LeadPriority.Factor> top = scored.getB().stream().limit(3).toList();
        String reason = score + "% modelled chance of conversion (logistic regression on " + model.trainedOn()
                + " closed leads); strongest factors: " + describe(top);
        return new LeadPriority(lead.id(), LeadPriority.band(score), score, "MODEL", model.trainedOn(), top, reason);
    }

    private LeadPriorityModel model() {
        List<LeadView> closed = new ArrayList<>(history.leads(null, LeadStatus.CONVERTED));
        closed.addAll(history.leads(null, LeadStatus.DISQUALIFIED));
        String key = closed.size() + "@" + closed.stream().map(LeadView::updatedAt).max(Comparator.naturalOrder())
                .map(Instant::toString).orElse("");
        Trained current = cache.get();
        if (current.key().equals(key)) return current.model();
        LeadPriorityModel model = LeadPriorityModel.train(closed, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        cache.set(new Trained(key, model));
        return model;
    }

    static LeadPriority rules(LeadView lead) {
        List<LeadPriority.Factor> factors = new ArrayList<>();
        factors.add(new LeadPriority.Factor("intake score", lead.score() * 0.6));
        factors.add(new LeadPriority.Factor("source=" + lead.source(), SOURCE_POINTS.get(lead.source())));
        if (lead.company() != null && !lead.company().isBlank()) factors.add(new LeadPriority.Factor("has company", 10));
        if (lead.phone() != null && !lead.phone().isBlank()) factors.add(new LeadPriority.Factor("has phone", 10));
        int score = (int) Math.min(100, Math.round(factors.stream().mapToDouble(LeadPriority.Factor::effect).sum()));
        factors.sort(Comparator.comparingDouble(LeadPriority.Factor::effect).reversed());
        List<LeadPriority.Factor> top = factors.stream().limit(3).toList();
        String reason = score + " points by the rules (too few closed leads to train a model: at least "
                + LeadPriorityModel.MIN_CLOSED + " with " + LeadPriorityModel.MIN_EACH + " converted and "
                + LeadPriorityModel.MIN_EACH + " disqualified); " + describe(top);
        return new LeadPriority(lead.id(), LeadPriority.band(score), score, "RULES", 0, top, reason);
    }

    private static String describe(List<LeadPriority.Factor> factors) {
        return String.join(", ", factors.stream().map(f -> f.factor() + " (" + (f.effect() >= 0 ? "+" : "")
                + f.effect() + ")").toList());
    }
}
