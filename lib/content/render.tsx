import "server-only";
import type { ReactNode } from "react";
import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import type { LoadedLesson } from "./load";

/**
 * Compiles a lesson's MDX on the server (at build time for prerendered pages). Lessons may use only
 * the registered components (content:check enforces it); no lesson code reaches the browser.
 */
export async function renderLessonBody(lesson: LoadedLesson, components: Record<string, (props: never) => ReactNode>): Promise<ReactNode> {
  const { default: Content } = await evaluate(lesson.body, { ...runtime, remarkPlugins: [remarkGfm] });
  return <Content components={components as unknown as Parameters<typeof Content>[0]["components"]} />;
}
