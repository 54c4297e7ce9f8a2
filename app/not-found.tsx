import Link from "next/link";
import "./globals.css";

// Shown for paths outside any locale (the proxy redirects almost everything into one first).
export default function RootNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body className="font-sans">
        <main className="mx-auto max-w-2xl p-8">
          <h1 className="text-2xl font-bold">Page not found</h1>
          <p className="mt-4">We could not find that page.</p>
          <p className="mt-4">
            <Link href="/en">Go to the home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
