package io.stackup.core.dashboard;

import io.stackup.core.prospect.ProspectId;
import java.time.Instant;

/** A prospect behind a heatmap cell, with the completion of the interview that put it there. */
public record HeatmapProspect(ProspectId id, String name, Instant completedAt) {}
