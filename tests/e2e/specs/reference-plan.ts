// The reference plan of issue 34: a real 12-month plan (5 objectives, 9
// KPIs, 8 budget lines, 14 actions, 17 measurements), built through the UI
// the long way and the quick way by half-the-clicks.spec.ts.
import { expect, type Locator, type Page } from "@playwright/test";

/** What a person does, counted: each click, fill, choice, key press of a
 * shortcut and paste is one interaction. */
export class Counted {
  n = 0;
  constructor(readonly page: Page) {}
  async click(l: Locator) { this.n++; await l.click(); }
  async fill(l: Locator, value: string) { this.n++; await l.fill(value); }
  async select(l: Locator, value: string) { this.n++; await l.selectOption(value); }
  async check(l: Locator) { this.n++; await l.check(); }
  async press(l: Locator, key: string) { this.n++; await l.press(key); }
  /** Pastes `text` into a field as the clipboard does: one interaction. */
  async paste(l: Locator, text: string) {
    this.n++;
    await l.focus();
    await l.evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData("text/plain", t);
      const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      if (el.dispatchEvent(event)) {
        // Nothing handled it: the browser's own paste into a text field.
        const field = el as HTMLTextAreaElement;
        field.value = t;
        field.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }, text);
  }
}

export const PLAN = {
  name: "Plan digital 2027",
  client: "Menuiserie Favre SA",
  start: "2027-01-01",
  end: "2027-12-31",
  total: "30'000",
};

export type Kpi = { key: string; baseline: string; target: string };
export type Objective = { title: string; priority: boolean; kpis: Kpi[] };

export const OBJECTIVES: Objective[] = [
  { title: "Être trouvé sur Google dans la région", priority: true, kpis: [
    { key: "search_position", baseline: "12", target: "3" },
    { key: "unique_visitors", baseline: "1200", target: "2000" },
  ] },
  { title: "Recevoir plus de demandes de devis en ligne", priority: true, kpis: [
    { key: "online_requests", baseline: "8", target: "20" },
    { key: "conversion_rate", baseline: "1.5", target: "3" },
  ] },
  { title: "Soigner la réputation en ligne", priority: true, kpis: [
    { key: "positive_review_share", baseline: "70", target: "90" },
  ] },
  { title: "Fidéliser les clients", priority: false, kpis: [
    { key: "repeat_customer_rate", baseline: "10", target: "18" },
    { key: "open_rate", baseline: "22", target: "30" },
  ] },
  { title: "Réduire le coût d'acquisition", priority: false, kpis: [
    { key: "cost_per_customer", baseline: "400", target: "250" },
    { key: "cpc", baseline: "2.50", target: "1.80" },
  ] },
];

/** A plan export without what differs between two builds of the same plan:
 * ids (each reference becomes the name of what it points at), the save
 * time, the next free id; actions and measurements in a stable order. */
export function comparable(exported: string): unknown {
  const plan = JSON.parse(exported).plan;
  const names = new Map<number, string>();
  const label = (o: any) => o.title ?? o.name ?? (o.kind ? JSON.stringify(o.kind) : undefined) ?? JSON.stringify(o.channel);
  for (const list of [plan.objectives, plan.budget?.lines, plan.strategy_elements, plan.custom_kpis, plan.actions]) {
    for (const o of list ?? []) names.set(o.id, label(o));
  }
  const refs = new Set(["objectives", "budget_line", "strategy_elements", "objective"]);
  const walk = (v: any): any => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== "object") return v;
    const out: any = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === "id") continue;
      if (refs.has(k) && typeof x === "number") out[k] = names.get(x) ?? `unknown ${x}`;
      else if (refs.has(k) && Array.isArray(x) && x.every((n) => typeof n === "number")) out[k] = x.map((n) => names.get(n as number) ?? `unknown ${n}`).sort();
      else out[k] = walk(x);
    }
    return out;
  };
  const out = walk(plan);
  delete out.next_id;
  const key = (o: any) => JSON.stringify([o.title ?? "", o.start ?? o.date ?? "", JSON.stringify(o.kpi ?? "")]);
  out.actions?.sort((a: any, b: any) => key(a).localeCompare(key(b)));
  out.measurements?.sort((a: any, b: any) => key(a).localeCompare(key(b)));
  return out;
}

export type Line = {
  /** The name a spreadsheet gives it: a catalogue channel's or a custom line's. */
  name: string;
  /** The catalogue's channel key; none for a custom line. */
  key?: string;
  amounts: [string, string, string];
  consultant: boolean;
  /** Indexes in OBJECTIVES. */
  serves: number[];
};

export const LINES: Line[] = [
  { name: "Site web et optimisation de la conversion", key: "website_cro", amounts: ["6000", "0", "2000"], consultant: true, serves: [1] },
  { name: "Référencement naturel (SEO)", key: "seo", amounts: ["1000", "2000", "3000"], consultant: true, serves: [0] },
  { name: "Publicité sur les moteurs", key: "search_ads", amounts: ["1500", "3000", "0"], consultant: true, serves: [0, 4] },
  { name: "Réseaux sociaux et communauté", key: "social_organic", amounts: ["0", "2400", "0"], consultant: false, serves: [2] },
  { name: "Emailing", key: "emailing", amounts: ["0", "1200", "600"], consultant: false, serves: [3] },
  { name: "Contenu visuel", key: "content_visual", amounts: ["2000", "0", "1000"], consultant: false, serves: [0, 2] },
  { name: "Mesure et outils", key: "analytics_tools", amounts: ["500", "600", "0"], consultant: false, serves: [4] },
  { name: "Fiche Google Business", amounts: ["300", "900", "0"], consultant: false, serves: [0, 2] },
];

/** The horizon a line mostly funds (the action form's and the paste's
 * default): 0 immediate, 1 medium term, 2 long term. */
export const mainHorizon = (line: Line) => {
  const a = line.amounts.map(Number);
  return a.indexOf(Math.max(...a));
};

export type Action = {
  title: string; start: string; end: string;
  importance: "critical" | "high" | "normal" | "low";
  line: number; cost: string; owner: string;
  description?: string; repeat?: "week" | "month" | "quarter";
};

/** Twelve actions as a consultant keeps them in a spreadsheet. */
export const ACTIONS: Action[] = [
  { title: "Refonte du site vitrine", start: "2027-01-11", end: "2027-03-26", importance: "critical", line: 0, cost: "6000", owner: "Agence Pixel" },
  { title: "Page de demande de devis", start: "2027-03-01", end: "2027-03-31", importance: "high", line: 0, cost: "1500", owner: "Agence Pixel" },
  { title: "Audit SEO et mots-clés", start: "2027-01-18", end: "2027-02-12", importance: "high", line: 1, cost: "1000", owner: "Agence Pixel" },
  { title: "Articles de blog sur les chantiers", start: "2027-02-01", end: "2027-11-30", importance: "normal", line: 1, cost: "2000", owner: "Claire Favre" },
  { title: "Liens depuis les sites locaux", start: "2027-04-05", end: "2027-10-29", importance: "normal", line: 1, cost: "1500", owner: "Agence Pixel" },
  { title: "Campagne Google Ads de printemps", start: "2027-03-15", end: "2027-05-31", importance: "high", line: 2, cost: "2500", owner: "Agence Pixel" },
  { title: "Campagne Google Ads d'automne", start: "2027-09-06", end: "2027-10-31", importance: "high", line: 2, cost: "1500", owner: "Agence Pixel" },
  { title: "Photos des réalisations", start: "2027-02-15", end: "2027-02-19", importance: "high", line: 5, cost: "2000", owner: "Studio Lumière" },
  { title: "Vidéo témoignage client", start: "2027-06-07", end: "2027-06-18", importance: "low", line: 5, cost: "1000", owner: "Studio Lumière" },
  { title: "Suivi des conversions", start: "2027-01-25", end: "2027-02-05", importance: "high", line: 6, cost: "500", owner: "Claire Favre" },
  { title: "Tableau de bord mensuel", start: "2027-02-01", end: "2027-12-17", importance: "normal", line: 6, cost: "600", owner: "Claire Favre" },
  { title: "Fiche Google : photos et horaires", start: "2027-01-11", end: "2027-01-15", importance: "critical", line: 7, cost: "300", owner: "Claire Favre" },
];

/** Two typical actions of the template library, by key, and what a person
 * types to make them by hand (a template takes the plan's only line of its
 * channel, and from it the objectives and who carries it out). */
export const TEMPLATES = ["newsletter_monthly", "review_follow_up"];
export const TEMPLATE_ACTIONS: Action[] = [
  { title: "Newsletter mensuelle", start: "2027-01-01", end: "2027-01-01", importance: "normal", line: 4, cost: "0", owner: "",
    description: "Nouveautés, conseils et une offre, envoyées à toute la liste.", repeat: "month" },
  { title: "Relance et réponse aux avis clients", start: "2027-01-01", end: "2027-01-01", importance: "high", line: 3, cost: "0", owner: "",
    description: "Demander un avis aux clients récents et répondre à chaque avis reçu.", repeat: "month" },
];

/** Seventeen measurements: [KPI, date, value as typed]. */
export const MEASUREMENTS: [string, string, string][] = [
  ["search_position", "2027-03-31", "9"], ["search_position", "2027-06-30", "6"], ["search_position", "2027-09-30", "4"],
  ["unique_visitors", "2027-03-31", "1350"], ["unique_visitors", "2027-06-30", "1600"], ["unique_visitors", "2027-09-30", "1820"],
  ["online_requests", "2027-03-31", "10"], ["online_requests", "2027-06-30", "14"], ["online_requests", "2027-09-30", "17"],
  ["conversion_rate", "2027-06-30", "2.1"], ["conversion_rate", "2027-09-30", "2.6"],
  ["positive_review_share", "2027-06-30", "78"], ["positive_review_share", "2027-09-30", "84"],
  ["open_rate", "2027-06-30", "25"], ["open_rate", "2027-09-30", "27"],
  ["cpc", "2027-06-30", "2.20"], ["cpc", "2027-09-30", "1.95"],
];

const FR_DATE = (iso: string) => iso.split("-").reverse().join(".");
const FR_CH_AMOUNT = (n: string) => Number(n).toLocaleString("de-CH", { minimumFractionDigits: 2 }).replace(/’/g, "'");
const IMPORTANCE_FR = { critical: "Critique", high: "Haute", normal: "Normale", low: "Basse" };
const HORIZON_FR = ["Immédiat", "Moyen terme", "Long terme"];

/** The actions as copied from a spreadsheet in fr-CH: tab separated, dates
 * 31.01.2027, amounts 1'500.00. */
export const actionsTsv = () => [
  ["Action", "Début", "Fin", "Importance", "Ligne", "Horizon", "Coût", "Responsable"].join("\t"),
  ...ACTIONS.map((a) => [a.title, FR_DATE(a.start), FR_DATE(a.end), IMPORTANCE_FR[a.importance],
    LINES[a.line].name, HORIZON_FR[mainHorizon(LINES[a.line])], FR_CH_AMOUNT(a.cost), a.owner].join("\t")),
].join("\n");

/** The budget as copied from a spreadsheet: a line per channel, the three
 * horizons, who carries it out. */
export const budgetTsv = () => [
  ["Canal", "Immédiat", "Moyen terme", "Long terme", "Réalisation"].join("\t"),
  ...LINES.map((l) => [l.name, ...l.amounts.map(FR_CH_AMOUNT), l.consultant ? "Consultant" : "Interne"].join("\t")),
].join("\n");

/** A KPI's measurements as pasted in its panel: "date,value" lines. */
export const measurementsText = (kpi: string) =>
  MEASUREMENTS.filter((m) => m[0] === kpi).map((m) => `${m[1]},${m[2]}`).join("\n");
