/** One series of a Prometheus page: its name and labels. */
function parseSeries(series: string): { name: string; labels: string[] } {
  const brace = series.indexOf('{');
  if (brace < 0) return { name: series, labels: [] };
  const labels = series.slice(brace + 1, -1).match(/[A-Za-z_]+="(?:[^"\\]|\\.)*"/g) ?? [];
  return { name: series.slice(0, brace), labels };
}

/**
 * The value of a series on a Prometheus /metrics page (0 when absent), e.g. `x_total{reason="a"}`:
 * the sum over every series of that name holding at least the labels given, so a series split by
 * another label (`transport`) still reads as one.
 */
export async function metric(metricsUrl: string, series: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  const wanted = parseSeries(series);
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const space = line.lastIndexOf(' ');
    const found = parseSeries(line.slice(0, space));
    if (found.name === wanted.name && wanted.labels.every((label) => found.labels.includes(label)))
      sum += Number(line.slice(space + 1));
  }
  return sum;
}

/** Polls until `check` holds (the server notices a closed stream a moment after the client). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
