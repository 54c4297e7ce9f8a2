import { notFound } from "next/navigation";

// Any unknown path under a locale shows the locale's "not found" page (HTTP 404).
export default function CatchAll() {
  notFound();
}
