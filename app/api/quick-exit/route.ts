import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

const DEFAULT_EXIT = "https://www.bbc.co.uk/weather";

/** Where "Exit this page" leads: a neutral site (QUICK_EXIT_URL). Works as a plain link without JavaScript. */
export function quickExitUrl(): string {
  const configured = process.env.QUICK_EXIT_URL?.trim();
  try {
    if (configured && /^https?:$/.test(new URL(configured).protocol)) return configured;
  } catch {}
  return DEFAULT_EXIT;
}

export function GET() {
  return new NextResponse(null, {
    status: 303,
    headers: { Location: quickExitUrl(), "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}
