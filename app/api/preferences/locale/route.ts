import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isSameOrigin, jsonError, seeOther } from "@/lib/http/json";
import { readFormOrJson } from "@/lib/http/form-or-json";
import { languageChoice, samePageIn } from "@/lib/i18n/switch";

/**
 * The language switcher: shows the same page in the chosen language, remembers the choice on this
 * device (the NEXT_LOCALE cookie) and, for a signed-in person, in their profile, which emails and
 * certificates use.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return jsonError(403, "crossOrigin");
  const read = await readFormOrJson(request, 4096);
  if (!read.ok) return read.response;
  const input = read.kind === "json" ? read.body : Object.fromEntries(read.entries);
  const parsed = languageChoice.safeParse(input);
  if (!parsed.success) return jsonError(400, "badRequest");
  const { locale, path } = parsed.data;
  const user = await getCurrentUser();
  if (user && user.locale !== locale) await db.user.update({ where: { id: user.id }, data: { locale } });
  const response = seeOther(samePageIn(locale, path));
  response.cookies.set("NEXT_LOCALE", locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  return response;
}
