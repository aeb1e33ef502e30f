package com.salesos.ai;

import java.util.UUID;

/** Narrows an insight list; every part may be null ({@code acknowledged} null = both). */
public record InsightFilter(UUID repId, String type, String subjectType, String subjectId, Boolean acknowledged) {
}
