import { getCourse } from "@/lib/content";

/**
 * A certificate's course title in `locale`: the catalogue translation of the same course when there
 * is one, otherwise the English title recorded at issue (which stays the authoritative record).
 */
export function certificateCourseTitle(cert: { courseSlug: string; courseTitle: string }, locale: string): { title: string; translated: boolean } {
  const translation = locale === "en" ? undefined : getCourse(cert.courseSlug)?.meta.title[locale];
  return translation ? { title: translation, translated: true } : { title: cert.courseTitle, translated: false };
}
