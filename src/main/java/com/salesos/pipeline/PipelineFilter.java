package com.salesos.pipeline;

import java.util.UUID;

/** List filter for leads (status) and deals (stage): of one rep (null = every visible rep), free text {@code q}. */
public record PipelineFilter<S extends Enum<S>>(UUID repId, S state, String q) {
}
