package com.salesos.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.salesos.workbench.Diagram.Kind;
import com.salesos.workbench.Diagram.Shape;
import org.junit.jupiter.api.Test;

/** Reading the shipped models' layouts and tables, and the small text helpers of the pages. */
class DiagramReadingTests {

    @Test
    void theQuoteProcessIsReadWithEveryElementShapedByItsKind() throws Exception {
        Diagram diagram = BpmnDiagrams.read(Files.readString(Path.of("bpmn/quote-to-commission.bpmn")));

        Map<String, Shape> shapes = diagram.shapes().stream()
                .collect(Collectors.toMap(Shape::id, s -> s));
        assertThat(shapes.values()).extracting(Shape::kind)
                .contains(Kind.START_EVENT, Kind.END_EVENT, Kind.EVENT, Kind.GATEWAY, Kind.TASK);
        assertThat(diagram.edges()).allSatisfy(e -> assertThat(e.points().split(" ")).hasSizeGreaterThanOrEqualTo(2));
        assertThat(diagram.shapes()).allSatisfy(s -> {
            assertThat(s.x()).isGreaterThanOrEqualTo(diagram.minX());
            assertThat(s.x() + s.w()).isLessThanOrEqualTo(diagram.minX() + diagram.width());
        });
    }

    @Test
    void thePricingGuardrailsTableOffersEveryInputOfItAndTheBandsItRequires() throws Exception {
        DecisionTable table = DmnTables.read(Files.readString(Path.of("dmn/pricing-guardrails.dmn")),
                "pricing-guardrails");

        assertThat(table.hitPolicy()).isEqualTo("FIRST");
        assertThat(table.required()).extracting(DecisionTable::decisionId).containsExactly("discountBands");
        assertThat(table.fields()).extracting(DecisionTable.Field::name).containsExactly("customerTier",
                "partnerTier", "productCategory", "discountPercent", "quoteTotal", "quantity", "marginPercent");
        assertThat(table.rules()).allSatisfy(r -> {
            assertThat(r.inputEntries()).hasSize(table.inputs().size());
            assertThat(r.annotation()).isNotBlank();
        });
        assertThatThrownBy(() -> DmnTables.read(Files.readString(Path.of("dmn/pricing-guardrails.dmn")), "nope"))
                .hasMessageContaining("nope");
    }

    @Test
    void namesWrapAtWordsAndDurationsReadShort() {
        assertThat(Labels.wrap("Approve discount with the director", 14))
                .containsExactly("Approve", "discount with", "the director");
        assertThat(Labels.wrap(null, 14)).isEmpty();
        assertThat(Durations.brief(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(Durations.brief(Duration.ofMinutes(200))).isEqualTo("3h 20m");
        assertThat(Durations.brief(Duration.ofHours(52))).isEqualTo("2d 4h");
    }
}
