// The summaries every benchmark reports: the median (the lower middle value
// of an even count) and the 95th percentile (nearest rank).

/** The median of `values`. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The 95th percentile of `values`, by nearest rank. */
export function p95(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}
