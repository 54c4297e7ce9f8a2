import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { signInWithPassword } from "./sign-in";
import { THROTTLED_ERROR } from "./sign-in-errors";


const secureCookies = (process.env.NEXTAUTH_URL ?? process.env.PUBLIC_URL ?? "").startsWith("https://");

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  useSecureCookies: secureCookies,
  pages: { signIn: "/en/sign-in", error: "/en/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const result = await signInWithPassword(db, { email: credentials?.email, password: credentials?.password });
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new Error(THROTTLED_ERROR);
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        token.admin = user.isPlatformAdmin;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        id: token.uid ?? "",
        name: token.name ?? "",
        email: token.email ?? "",
        isPlatformAdmin: !!token.admin,
        sessionVersion: token.sv ?? 0,
      };
      return session;
    },
    async redirect({ url, baseUrl }) {
      // Only ever return to this site.
      if (url.startsWith("/") && !url.startsWith("//")) return baseUrl + url;
      try {
        if (new URL(url).origin === baseUrl) return url;
      } catch {}
      return baseUrl;
    },
  },
};
