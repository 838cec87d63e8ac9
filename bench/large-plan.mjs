// The large plan of `make bench`: 50 objectives, 40 budget lines x 3
// horizons, 1'000 actions, 5'000 measurements, as a schema-2 envelope
// ("cap-plan", the shape of tests/fixtures/v2.json). The same sizes and
// shape as `large_plan()` in bench/native/criterion.rs, so the native and the
// browser figures are about the same plan.
//
//   node bench/large-plan.mjs [file]   writes it (default: stdout)

import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SIZES = { objectives: 50, lines: 40, actions: 1000, measurements: 5000 };

const CATALOGUE = ["seo", "search_ads", "social_ads", "social_organic", "emailing", "content_written"];
const START = Date.UTC(2027, 0, 1);
const day = (n) => new Date(START + n * 86_400_000).toISOString().slice(0, 10);

/** The plan object (schema 2). */
export function largePlan(name = "Plan de référence (bench)") {
  let next = 1;
  const id = () => next++;
  const objectives = [];
  for (let i = 0; i < SIZES.objectives; i++) {
    objectives.push({
      id: id(),
      title: `Objectif ${i}`,
      rank: i < 4 ? "priority" : "secondary",
      template: null,
      strategy_elements: [],
      statement: "Passer de 120 à 200 commandes par mois d'ici décembre",
      kpis: [
        {
          kpi: { kind: "catalogue", value: ["orders", "revenue", "new_customers"][i % 3] },
          baseline: 100 + i,
          target: { kind: "value", value: 200 + 10 * i },
        },
        { kpi: { kind: "catalogue", value: "conversion_rate" }, baseline: 0.02, target: { kind: "change", value: 0.25 } },
      ],
      deadline: day(300),
      owner: "Marie",
      rationale: "Benchmarks du secteur",
    });
  }
  const lines = [];
  for (let i = 0; i < SIZES.lines; i++) {
    lines.push({
      id: id(),
      channel: i < CATALOGUE.length ? { kind: "catalogue", value: CATALOGUE[i] } : { kind: "custom", value: `Canal ${i}` },
      amounts: [100_000 + i * 1_000, 200_000, 300_000],
      locked: [i % 7 === 0, false, false],
      delivery: i % 2 === 0 ? "in_house" : "consultant",
      objectives: [objectives[i % SIZES.objectives].id, objectives[(i + 7) % SIZES.objectives].id],
      tier: i % 5 === 0 ? "experimental" : null,
    });
  }
  const actions = [];
  for (let i = 0; i < SIZES.actions; i++) {
    actions.push({
      id: id(),
      title: `Action ${i}`,
      start: day(i % 300),
      end: day((i % 300) + 14),
      importance: "normal",
      status: "planned",
      objectives: [objectives[i % SIZES.objectives].id],
      budget_line: lines[i % SIZES.lines].id,
      cost: 10_000,
    });
  }
  const measurements = [];
  for (let i = 0; i < SIZES.measurements; i++) {
    measurements.push({
      id: id(),
      kpi: { kind: "catalogue", value: "conversion_rate" },
      objective: objectives[i % SIZES.objectives].id,
      date: day(i % 365),
      value: 0.02 + i * 1e-6,
    });
  }
  return {
    name,
    client: "Client de référence SA",
    sector: "Commerce en ligne",
    currency: "CHF",
    period: { start: day(0), end: day(364) },
    language: "fr",
    context: "Augmenter les ventes en ligne. ".repeat(50),
    strategy: "",
    strategy_elements: [],
    objectives,
    custom_kpis: [],
    budget: { total: 100_000_000, lines },
    actions,
    measurements,
    forecast: { aov: 85, margin: 0.4 },
    next_id: next,
  };
}

/** The envelope text, compact as the app stores it. */
export function largeEnvelope(name) {
  return JSON.stringify({
    format: "cap-plan",
    schema_version: 2,
    saved_at: "2026-11-23T12:00:00Z",
    app_version: "0.1.0",
    plan: largePlan(name),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = largeEnvelope();
  if (process.argv[2]) writeFileSync(process.argv[2], text);
  else process.stdout.write(text);
}
