import { RESOURCE_REGIONS, RESOURCE_TYPES, type Resource } from "@/lib/content/schema";

export type ResourceFilter = { q: string; type: string | null; region: string | null };

/** Reads the library's query parameters; anything unknown is ignored rather than failing. */
export function parseResourceFilter(params: Record<string, string | string[] | undefined>): ResourceFilter {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const type = one(params.type);
  const region = one(params.region);
  return {
    q: one(params.q).trim().slice(0, 200),
    type: (RESOURCE_TYPES as readonly string[]).includes(type) ? type : null,
    region: (RESOURCE_REGIONS as readonly string[]).includes(region) ? region : null,
  };
}

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** Resources matching every word of the search (title, publisher, summary) and the chosen type and region. */
export function filterResources(resources: Resource[], filter: ResourceFilter, locale = "en"): Resource[] {
  const words = fold(filter.q).split(/\s+/).filter(Boolean);
  return resources.filter((r) => {
    if (filter.type && !r.types.includes(filter.type as Resource["types"][number])) return false;
    if (filter.region && !r.regions.includes(filter.region as Resource["regions"][number])) return false;
    const haystack = fold([r.title, r.publisher, r.summary[locale] ?? r.summary.en, String(r.year ?? "")].join(" "));
    return words.every((w) => haystack.includes(w));
  });
}
