#!/usr/bin/env node
// `npm test`: everything CI checks, in order, stopping at the first failure.
import { bin, run } from "./lib.mjs";

const steps = [
  ["content", bin("tsx"), ["scripts/content-check.ts"]],
  ["types", bin("tsc"), ["--noEmit"]],
  ["lint", bin("eslint"), [".", "--max-warnings=0"]],
  ["unit", bin("vitest"), ["run"]],
  ["build", "npm", ["run", "build"]],
  ["e2e", bin("playwright"), ["test"]],
];

const only = process.argv.slice(2);
for (const [name, command, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  try {
    const env = { ...process.env };
    if (name === "build") env.NODE_ENV = "production";
    await run(command, args, { env });
  } catch (error) {
    console.error(`\n✗ ${name} failed: ${error.message}`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
}
