import { describe, expect, it } from "vitest";
import { filterResources, parseResourceFilter } from "@/lib/resources/filter";
import type { Resource } from "@/lib/content/schema";

const r = (id: string, types: Resource["types"], regions: Resource["regions"], title: string): Resource => ({
  id,
  title,
  publisher: "Publisher",
  year: 2020,
  types,
  regions,
  url: "https://example.org/",
  summary: { en: `Summary of ${title}` },
});
const library = [
  r("a", ["Guidance", "COVID-19 resource"], ["Europe"], "COVID-19 trafficking guidance"),
  r("b", ["Publication"], ["Asia"], "Worker voice in Thailand"),
  r("c", ["Treaty"], ["Global"], "Optional Protocol"),
];

describe("resource library filter", () => {
  it("filters by type and region, and combines them", () => {
    expect(filterResources(library, { q: "", type: "Guidance", region: null }).map((x) => x.id)).toEqual(["a"]);
    expect(filterResources(library, { q: "", type: null, region: "Asia" }).map((x) => x.id)).toEqual(["b"]);
    expect(filterResources(library, { q: "", type: "Guidance", region: "Asia" })).toEqual([]);
  });
  it("searches every word, ignoring case and accents", () => {
    expect(filterResources(library, { q: "THAILAND worker", type: null, region: null }).map((x) => x.id)).toEqual(["b"]);
    expect(filterResources(library, { q: "protócol", type: null, region: null }).map((x) => x.id)).toEqual(["c"]);
  });
  it("ignores unknown filter values instead of failing", () => {
    expect(parseResourceFilter({ type: "Bogus", region: ["Asia", "Europe"], q: "  x " })).toEqual({ q: "x", type: null, region: "Asia" });
  });
});
