"use client";

// Last resort when the root layout itself fails: a plain page, never a stack trace.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en" dir="ltr">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main>
          <h1>Something went wrong</h1>
          <p>We could not show this page. Please try again.</p>
          <button type="button" onClick={() => reset()}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
