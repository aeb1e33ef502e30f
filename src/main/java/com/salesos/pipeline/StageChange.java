package com.salesos.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moves a deal: {@code reason} is required for WON and LOST; {@code probability} defaults to the stage's. */
public record StageChange(@NotNull DealStage stage, @Size(max = 500) String reason, @Min(0) @Max(100) Integer probability) {
}
