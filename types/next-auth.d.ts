import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    id: string;
    isPlatformAdmin: boolean;
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; name: string; email: string; isPlatformAdmin: boolean; sessionVersion: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    admin?: boolean;
  }
}
