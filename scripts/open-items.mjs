// The benchmarks' open-items CSV: `n` open invoices, 5,000 customers, a year of dates,
// amounts 1.00–10,000.99, every row open in full (bench-grid.mjs, bench-export.mjs).

/** The CSV's bytes. */
export function openItems(n) {
  const lines = ["Invoice,Customer ID,Customer,Invoice date,Due date,Amount,Open balance,Currency"];
  const day0 = Date.UTC(2025, 0, 1);
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  for (let i = 0; i < n; i++) {
    const c = (i * 7919) % 5000;
    const date = day0 + ((i * 37) % 365) * 86_400_000;
    const cents = ((i * 104_729) % 1_000_000) + 100;
    const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
    lines.push(`INV-${i},C${c},Customer ${c},${iso(date)},${iso(date + 30 * 86_400_000)},${amount},${amount},USD`);
  }
  return Buffer.from(lines.join("\n"));
}
