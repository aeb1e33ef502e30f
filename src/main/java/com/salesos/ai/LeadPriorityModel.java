package com.salesos.ai;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.labs.mlrg.olcut.util.Pair;
import com.salesos.pipeline.LeadStatus;
import com.salesos.pipeline.LeadView;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Logistic regression (Tribuo) on the product's closed leads: CONVERTED counts as won, DISQUALIFIED as lost. A
 * score's factors are each present feature's weight difference between won and lost (its effect on the log-odds).
 */
final class LeadPriorityModel {

    static final String WON = "WON";
    static final String LOST = "LOST";
    /** Fewer closed leads (or fewer of either kind) than this and the rules decide instead. */
    static final int MIN_CLOSED = 16;
    static final int MIN_EACH = 5;

    private final Model<Label> model;
    private final Map<String, Double> effects;
    private final int trainedOn;

    private LeadPriorityModel(Model<Label> model, Map<String, Double> effects, int trainedOn) {
        this.model = model;
        this.effects = effects;
        this.trainedOn = trainedOn;
    }

    /** A trained model, or null when the history is too thin. */
    static LeadPriorityModel train(List<LeadView> closed, OffsetDateTime at) {
        long won = closed.stream().filter(l -> l.status() == LeadStatus.CONVERTED).count();
        if (closed.size() < MIN_CLOSED || won < MIN_EACH || closed.size() - won < MIN_EACH) return null;
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("closed leads", at, labels), labels);
        closed.forEach(l -> data.add(example(l, new Label(l.status() == LeadStatus.CONVERTED ? WON : LOST))));
        LinearSGDModel trained = (LinearSGDModel) new LogisticRegressionTrainer().train(data);
        Map<String, List<Pair<String, Double>>> weights = trained.getTopFeatures(-1);
        Map<String, Double> effects = new HashMap<>();
        weights.getOrDefault(WON, List.of()).forEach(p -> effects.merge(p.getA(), p.getB(), Double::sum));
        weights.getOrDefault(LOST, List.of()).forEach(p -> effects.merge(p.getA(), -p.getB(), Double::sum));
        return new LeadPriorityModel(trained, effects, closed.size());
    }

    int trainedOn() {
        return trainedOn;
    }

    /** The chance (0..1) that the lead converts, and its factors by the size of their effect. */
    Pair<Double, List<LeadPriority.Factor>> score(LeadView lead) {
        Prediction<Label> prediction = model.predict(example(lead, LabelFactory.UNKNOWN_LABEL));
        Label won = prediction.getOutputScores().get(WON);
        List<LeadPriority.Factor> factors = new ArrayList<>();
        LeadFeatures.of(lead).forEach((name, value) -> {
            Double weight = effects.get(name);
            if (weight != null) factors.add(new LeadPriority.Factor(name, Math.round(weight * value * 1000) / 1000.0));
        });
        factors.sort(Comparator.comparingDouble((LeadPriority.Factor f) -> Math.abs(f.effect())).reversed());
        return new Pair<>(won == null ? 0.0 : won.getScore(), factors);
    }

    private static ArrayExample<Label> example(LeadView lead, Label label) {
        Map<String, Double> features = LeadFeatures.of(lead);
        return new ArrayExample<>(label, features.keySet().toArray(String[]::new),
                features.values().stream().mapToDouble(Double::doubleValue).toArray());
    }
}
