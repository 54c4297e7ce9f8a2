import type { ReactNode } from "react";
import "./globals.css";

// Every page lives under app/[locale]; its layout renders <html lang dir>.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
